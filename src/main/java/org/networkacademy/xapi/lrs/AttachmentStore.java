package org.networkacademy.xapi.lrs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attachment payloads ({@code xapi_attachment}), keyed by SHA-256 hex (xAPI 1.0.3 Data §2.4.11). */
@Repository
public class AttachmentStore {

    /**
     * One payload.
     *
     * @param sha2        SHA-256 of the content, lower-case hex
     * @param contentType its media type
     * @param content     the bytes
     */
    public record Part(String sha2, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttachmentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void save(Part part) {
        jdbc.update("INSERT IGNORE INTO xapi_attachment (sha2, content_type, content, stored) VALUES (?, ?, ?, ?)",
                part.sha2(), part.contentType(), part.content(), Timestamp.from(clock.instant()));
    }

    Map<String, Part> find(Collection<String> sha2s) {
        Map<String, Part> found = new LinkedHashMap<>();
        for (String sha2 : sha2s) {
            jdbc.query("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 = ?",
                    rs -> { found.put(rs.getString(1), new Part(rs.getString(1), rs.getString(2), rs.getBytes(3))); }, sha2);
        }
        return found;
    }
}
