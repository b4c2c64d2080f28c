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

    /**
     * @param sha2s SHA-256 hashes (lower-case hex) of attachment payloads
     * @return the payloads stored for them, by hash; hashes without a stored payload are left out
     */
    public Map<String, Part> find(Collection<String> sha2s) {
        Map<String, Part> found = new LinkedHashMap<>();
        if (sha2s.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 IN ("
                        + String.join(",", java.util.Collections.nCopies(sha2s.size(), "?")) + ")",
                rs -> { found.put(rs.getString(1), new Part(rs.getString(1), rs.getString(2), rs.getBytes(3))); }, sha2s.toArray());
        return found;
    }

    /**
     * @param statementJsons stored statements as JSON text
     * @return the SHA-256 hashes (lower-case) of their attachments and of their SubStatements' attachments
     * (xAPI 1.0.3 Data 2.4.11), in order, each once; a statement without attachments is not parsed
     */
    public static java.util.Set<String> hashesOf(Collection<String> statementJsons) {
        var hashes = new java.util.LinkedHashSet<String>();
        for (String json : statementJsons) {
            if (json == null || !json.contains("\"attachments\"")) {
                continue;
            }
            var statement = org.networkacademy.xapi.model.XapiJson.readTree(json);
            for (var list : java.util.List.of(statement.path("attachments"), statement.path("object").path("attachments"))) {
                for (var a : list) {
                    String sha2 = a.path("sha2").asString("");
                    if (!sha2.isEmpty()) {
                        hashes.add(sha2.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return hashes;
    }

    /**
     * A {@code multipart/mixed} body of statements with their attachment payloads (xAPI 1.0.3
     * Communication 1.5.2): first the statements as {@code application/json}, then one part per payload with
     * {@code Content-Transfer-Encoding: binary} and {@code X-Experience-API-Hash}; CRLF line ends.
     *
     * @param boundary       the boundary (also to be named in the request's Content-Type)
     * @param statementsJson one statement, an array of statements or a StatementResult, as UTF-8 JSON
     * @param payloads       the payloads, each once
     * @return the body bytes
     */
    public static byte[] multipart(String boundary, byte[] statementsJson, Collection<Part> payloads) {
        var parts = new java.util.ArrayList<MultipartMixed.BodyPart>();
        parts.add(new MultipartMixed.BodyPart(Map.of("Content-Type", "application/json"), statementsJson));
        for (Part p : payloads) {
            var headers = new LinkedHashMap<String, String>();
            headers.put("Content-Type", p.contentType());
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", p.sha2());
            parts.add(new MultipartMixed.BodyPart(headers, p.content()));
        }
        return MultipartMixed.write(boundary, parts);
    }
}
