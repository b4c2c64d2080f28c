package org.networkacademy.xapi;

import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The statement store: every xAPI statement as a row of {@code xapi_statement}, with the JSON
 * exactly as built or received (never re-serialised on the way out) and indexed columns for
 * queries (actor, verb, activity, registration, timestamp, stored; microsecond precision, UTC).
 *
 * <p>{@link #save} joins the caller's transaction (it is {@code MANDATORY}): a statement is stored
 * together with the progress change that caused it, or not at all.
 */
@Repository
public class StatementStore {

    private static final String INSERT = """
            INSERT INTO xapi_statement (id, actor_key, verb_id, activity_id, registration, statement_timestamp,
                                        stored, voided, xapi_version, full_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)
            ON DUPLICATE KEY UPDATE id = id""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StatementStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a statement built by the platform.
     *
     * @param statement a statement with an id (validated by its builder)
     * @return true if stored, false if a statement with this id already existed (a re-send; nothing changes)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(Statement statement) {
        return saveJson(XapiJson.toJson(statement), "1.0.3");
    }

    /**
     * Stores statement JSON as given.
     *
     * @param json        the statement JSON text with an {@code id}; kept byte for byte
     * @param xapiVersion the xAPI version it was received or built under, e.g. {@code 1.0.3}
     * @return true if stored, false if the id existed already
     * @throws IllegalArgumentException when the JSON lacks id, actor or verb
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean saveJson(String json, String xapiVersion) {
        JsonNode node = XapiJson.readTree(json);
        String id = node.path("id").asString("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("statement has no id");
        }
        String actorKey = actorKey(node.path("actor")).orElseThrow(() -> new IllegalArgumentException("statement " + id + " has no identified actor"));
        String verb = node.path("verb").path("id").asString("");
        if (verb.isEmpty()) {
            throw new IllegalArgumentException("statement " + id + " has no verb id");
        }
        JsonNode object = node.path("object");
        String objectType = object.path("objectType").asString("Activity");
        String activityId = "Activity".equals(objectType) ? object.path("id").asString(null) : null;
        String registration = node.path("context").path("registration").asString(null);
        Instant stored = clock.instant();
        Instant timestamp = parseInstant(node.path("timestamp").asString(null)).orElse(stored);
        int rows = jdbc.update(INSERT, id, actorKey, verb, activityId, registration, Timestamp.from(timestamp),
                Timestamp.from(stored), xapiVersion, json);
        return rows == 1;
    }

    /**
     * The key under which statements of an actor are indexed: its inverse functional identifier.
     *
     * @param actor an Agent or identified Group (xAPI 1.0.3 Data §2.4.2.3)
     * @return e.g. {@code account|https://example.org|3f2…}, {@code mbox|mailto:a@b.c}; empty for an anonymous group
     */
    public static Optional<String> actorKey(JsonNode actor) {
        if (actor.hasNonNull("mbox")) return Optional.of("mbox|" + actor.get("mbox").asString());
        if (actor.hasNonNull("mbox_sha1sum")) return Optional.of("mbox_sha1sum|" + actor.get("mbox_sha1sum").asString());
        if (actor.hasNonNull("openid")) return Optional.of("openid|" + actor.get("openid").asString());
        JsonNode account = actor.path("account");
        if (account.isObject()) {
            return Optional.of("account|" + account.path("homePage").asString("") + "|" + account.path("name").asString(""));
        }
        return Optional.empty();
    }

    private static Optional<Instant> parseInstant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param statementId the statement id
     * @return the stored JSON, exactly as it was stored
     */
    @Transactional(readOnly = true)
    public Optional<String> findJson(String statementId) {
        return jdbc.query("SELECT full_json FROM xapi_statement WHERE id = ?", rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(), statementId);
    }
}
