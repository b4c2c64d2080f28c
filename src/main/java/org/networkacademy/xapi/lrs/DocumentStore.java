package org.networkacademy.xapi.lrs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Documents of the State, Activity Profile and Agent Profile resources ({@code xapi_document}). */
@Repository
class DocumentStore {

    /**
     * Where a document lives.
     *
     * @param kind         state, activity-profile or agent-profile
     * @param activityId   activity IRI (state, activity profile), or null
     * @param agentKey     agent key (state, agent profile), or null
     * @param registration registration (state), or null
     */
    record Scope(String kind, String activityId, String agentKey, String registration) {
        byte[] listHash() {
            return sha256(kind + "\u0000" + activityId + "\u0000" + agentKey + "\u0000" + registration);
        }

        byte[] documentHash(String documentId) {
            return sha256(kind + "\u0000" + activityId + "\u0000" + agentKey + "\u0000" + registration + "\u0000" + documentId);
        }
    }

    /** A stored document. */
    record Document(String contentType, byte[] content, String etag, Instant updated) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Document> find(Scope scope, String documentId) {
        return jdbc.query("SELECT content_type, content, etag, updated FROM xapi_document WHERE scope_hash = ?",
                rs -> rs.next() ? Optional.of(new Document(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                        : Optional.empty(), (Object) scope.documentHash(documentId));
    }

    /** Locks the document row (or the gap) for a read-modify-write in the caller's transaction. */
    Optional<Document> findForUpdate(Scope scope, String documentId) {
        return jdbc.query("SELECT content_type, content, etag, updated FROM xapi_document WHERE scope_hash = ? FOR UPDATE",
                rs -> rs.next() ? Optional.of(new Document(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                        : Optional.empty(), (Object) scope.documentHash(documentId));
    }

    void save(Scope scope, String documentId, String contentType, byte[] content) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        String etag = etag(content);
        jdbc.update("""
                INSERT INTO xapi_document (kind, scope_hash, list_hash, activity_id, agent_key, registration, document_id,
                                           content_type, content, etag, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE content_type = VALUES(content_type), content = VALUES(content), etag = VALUES(etag),
                                        updated = VALUES(updated)""",
                scope.kind(), scope.documentHash(documentId), scope.listHash(), scope.activityId(), scope.agentKey(),
                scope.registration(), documentId, contentType, content, etag, now);
    }

    List<String> ids(Scope scope, Instant since) {
        if (since == null) {
            return jdbc.queryForList("SELECT document_id FROM xapi_document WHERE list_hash = ? ORDER BY id", String.class,
                    (Object) scope.listHash());
        }
        return jdbc.queryForList("SELECT document_id FROM xapi_document WHERE list_hash = ? AND updated > ? ORDER BY id",
                String.class, scope.listHash(), Timestamp.from(since));
    }

    int delete(Scope scope, String documentId) {
        return jdbc.update("DELETE FROM xapi_document WHERE scope_hash = ?", (Object) scope.documentHash(documentId));
    }

    int deleteAll(Scope scope) {
        return jdbc.update("DELETE FROM xapi_document WHERE list_hash = ?", (Object) scope.listHash());
    }

    static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
