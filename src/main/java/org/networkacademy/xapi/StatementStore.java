package org.networkacademy.xapi;

import org.networkacademy.xapi.forwarding.Outbox;
import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTime;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The statement store: every xAPI statement as a row of {@code xapi_statement}, with the JSON as
 * built or received plus the properties the LRS sets ({@code id}, {@code stored}, {@code authority},
 * {@code timestamp}, {@code version}; xAPI 1.0.3 Data §2.4.1, §2.4.7–2.4.10) inserted into the JSON
 * tree — never re-serialised through the model (numbers and strings keep the text they came with) —
 * and indexed columns for queries (actor, verb, activity, registration, timestamp, stored, storage
 * order {@code seq}; agents and activities the statement mentions in side tables for Communication §2.1.3;
 * the chain of StatementRefs a statement targets in {@code xapi_statement_ref}, see {@link #insertRefs}).
 *
 * <p>Every write joins the caller's transaction ({@code MANDATORY}): a statement is stored together
 * with the progress change that caused it and with its forwarding outbox rows, or not at all.
 */
@Repository
public class StatementStore {

    /** The verb of voiding statements (Data §2.3.2). */
    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    /** Characters of {@code xapi_statement.verb_id} (V1); longer verb IRIs are kept whole in the JSON only. */
    static final int VERB_COLUMN_LENGTH = 512;

    /**
     * An SQL condition that a statement's verb is exactly {@code verb}, for the statement table alias {@code alias},
     * adding its arguments to {@code args}. The indexed {@code verb_id} column narrows the search; as it is
     * case-insensitive (utf8mb4_unicode_ci) and holds at most 512 characters, a binary comparison decides — against
     * the column, or for a longer IRI against the verb in the stored JSON (IRIs are compared character for character,
     * xAPI 1.0.3 Data 2.4.3 / RFC 3987 §5.3.1).
     *
     * @param alias the table alias of {@code xapi_statement}, e.g. {@code s}
     * @param verb  the verb IRI asked for
     * @param args  the query's arguments, in order
     * @return the condition, without a leading AND
     */
    public static String verbCondition(String alias, String verb, List<Object> args) {
        args.add(verbColumn(verb));
        args.add(verb);
        // a column value of the full 512 characters may be a longer verb cut short: those are checked in the JSON
        boolean whole = verb.codePointCount(0, verb.length()) < VERB_COLUMN_LENGTH;
        return whole
                ? "(" + alias + ".verb_id = ? AND " + alias + ".verb_id COLLATE utf8mb4_bin = ?)"
                : "(" + alias + ".verb_id = ? AND JSON_VALUE(" + alias + ".full_json, '$.verb.id') COLLATE utf8mb4_bin = ?)";
    }

    /** @return the verb IRI as the verb_id column holds it: its first 512 characters (code points) */
    static String verbColumn(String verb) {
        return verb.codePointCount(0, verb.length()) <= VERB_COLUMN_LENGTH ? verb
                : verb.substring(0, verb.offsetByCodePoints(0, VERB_COLUMN_LENGTH));
    }

    private static final String INSERT_MANY = """
            INSERT IGNORE INTO xapi_statement (id, actor_key, verb_id, activity_id, registration, statement_timestamp,
                                               stored, voided, xapi_version, full_json, content_hash, voiding_target,
                                               authority_client)
            VALUES """;

    /** Sorted keys, so that the content hash does not depend on property order. */
    private static final JsonMapper CANONICAL = XapiJson.MAPPER.rebuild()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Outbox outbox;

    StatementStore(JdbcTemplate jdbc, Clock clock, Outbox outbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Stores a statement built by the platform (its {@code authority} is the platform's).
     *
     * @param statement a statement with an id (validated by its builder)
     * @return true if stored, false if a statement with this id already existed (a re-send; nothing changes)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(Statement statement) {
        return saveJson(XapiJson.toJson(statement), "1.0.3");
    }

    /**
     * Stores statement JSON built by the platform. A re-send with the same id changes nothing,
     * whatever its content (the platform's ids are deterministic per event).
     *
     * @param json        the statement JSON text with an {@code id}
     * @param xapiVersion the xAPI version it was built under, e.g. {@code 1.0.3}
     * @return true if stored, false if the id existed already
     * @throws IllegalArgumentException when the JSON lacks id, actor or verb
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean saveJson(String json, String xapiVersion) {
        JsonNode node = XapiJson.readTree(json);
        if (!(node instanceof ObjectNode statement) || statement.path("id").asString("").isEmpty()) {
            throw new IllegalArgumentException("statement has no id");
        }
        return insert(statement, xapiVersion, null, null).created();
    }

    /** Outcome of storing one statement. */
    public record Stored(String id, boolean created) {
    }

    /**
     * Stores a statement received by the LRS (already validated); see {@link #saveReceived(List, String, JsonNode, Long)}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stored saveReceived(ObjectNode statement, String xapiVersion, JsonNode authority, Long authorityClient) {
        return saveReceived(List.of(statement), xapiVersion, authority, authorityClient).getFirst();
    }

    /**
     * Stores the statements of one LRS request (already validated) with set-based SQL: one lookup of
     * existing ids, one multi-row insert, one batch per index table. Sets {@code id} when missing,
     * and {@code stored}, {@code authority}, {@code version} (when missing) and {@code timestamp}
     * (when missing, = stored), xAPI 1.0.3 Data §2.4.
     *
     * @param statements      the statement trees as received, ids unique within the list; modified in place
     * @param xapiVersion     the request's xAPI version ({@code 1.0.3} or {@code 2.0.0})
     * @param authority       the authority to set (the client's agent)
     * @param authorityClient the LRS client id, for {@code statements/read/mine}
     * @return per statement, in order: its id and whether it was stored now (false: an identical one existed)
     * @throws StatementConflictException if a different statement with one of the ids exists (409),
     *                                    or a voiding statement targets a voiding statement (400)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Stored> saveReceived(List<ObjectNode> statements, String xapiVersion, JsonNode authority, Long authorityClient) {
        for (ObjectNode statement : statements) {
            if (statement.path("id").asString("").isEmpty()) {
                statement.put("id", UUID.randomUUID().toString());
            }
            statement.remove("stored");
            statement.set("authority", authority.deepCopy());
        }
        return insertAll(statements, xapiVersion, authorityClient, true);
    }

    private Stored insert(ObjectNode statement, String xapiVersion, Long authorityClient, Boolean received) {
        return insertAll(List.of(statement), xapiVersion, authorityClient, received != null).getFirst();
    }

    /** A statement ready for its row. */
    private record Row(ObjectNode tree, String id, String hash, String actorKey, String verb, String activityId,
                       String registration, String voidingTarget, String refTarget, Instant timestamp) {
    }

    private List<Stored> insertAll(List<ObjectNode> statements, String xapiVersion, Long authorityClient, boolean received) {
        Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String storedText = XapiTime.format(stored);
        List<Row> rows = new ArrayList<>(statements.size());
        for (ObjectNode statement : statements) {
            rows.add(prepare(statement, xapiVersion, stored, storedText));
        }
        Map<String, String> existing = new java.util.HashMap<>();
        String placeholders = String.join(",", java.util.Collections.nCopies(rows.size(), "?"));
        Object[] ids = rows.stream().map(Row::id).toArray();
        jdbc.query("SELECT id, content_hash FROM xapi_statement WHERE id IN (" + placeholders + ")",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> existing.put(rs.getString(1), String.valueOf(rs.getString(2))), ids);
        java.util.Set<String> voidedByEarlier = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT voiding_target FROM xapi_statement WHERE voiding_target IN (" + placeholders + ")", String.class, ids));

        List<Stored> result = new ArrayList<>(rows.size());
        List<Row> fresh = new ArrayList<>();
        java.util.Set<String> voidingInBatch = new java.util.HashSet<>();
        for (Row row : rows) {
            String hash = existing.get(row.id());
            if (hash != null) {
                if (received && !hash.equals(row.hash())) {
                    throw new StatementConflictException(409, "statement " + row.id()
                            + " exists with different content (xAPI 1.0.3 Communication 2.1.1/2.1.2)");
                }
                result.add(new Stored(row.id(), false));
                continue;
            }
            if (row.voidingTarget() != null) {
                boolean targetIsVoiding = voidingInBatch.contains(row.voidingTarget()) || Boolean.TRUE.equals(jdbc.query(
                        "SELECT voiding_target IS NOT NULL FROM xapi_statement WHERE id = ?",
                        rs -> rs.next() ? rs.getBoolean(1) : null, row.voidingTarget()));
                if (targetIsVoiding) {
                    throw new StatementConflictException(400, "object: statement " + row.voidingTarget()
                            + " is itself a voiding statement and cannot be voided (xAPI 1.0.3 Data 2.3.2)");
                }
                voidingInBatch.add(row.id());
            }
            fresh.add(row);
            result.add(new Stored(row.id(), true));
        }
        if (fresh.isEmpty()) {
            return result;
        }
        StringBuilder sql = new StringBuilder(INSERT_MANY);
        List<Object> args = new ArrayList<>(fresh.size() * 13);
        java.util.Set<String> voidedInBatch = new java.util.HashSet<>();
        for (Row row : fresh) {
            if (row.voidingTarget() != null) {
                voidedInBatch.add(row.voidingTarget());
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            Row row = fresh.get(i);
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            boolean voided = row.voidingTarget() == null && (voidedByEarlier.contains(row.id()) || voidedInBatch.contains(row.id()));
            args.addAll(java.util.Arrays.asList(row.id(), row.actorKey(), verbColumn(row.verb()), row.activityId(), row.registration(),
                    Timestamp.from(row.timestamp()), Timestamp.from(stored), voided, xapiVersion, row.tree().toString(),
                    row.hash(), row.voidingTarget(), authorityClient));
        }
        int inserted = updateBinary(sql.toString(), args);
        if (inserted < fresh.size()) {
            // A concurrent request stored some of these ids between our lookup and insert (IGNORE kept
            // its row): identical content is a no-op, different content a conflict. Locking read = latest.
            Object[] freshIds = fresh.stream().map(Row::id).toArray();
            jdbc.query("SELECT id, content_hash FROM xapi_statement WHERE id IN ("
                            + String.join(",", java.util.Collections.nCopies(fresh.size(), "?")) + ") LOCK IN SHARE MODE",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        String id = rs.getString(1);
                        String hash = rs.getString(2);
                        fresh.stream().filter(r -> r.id().equals(id) && !r.hash().equals(hash)).findAny()
                                .filter(r -> received).ifPresent(r -> {
                                    throw new StatementConflictException(409, "statement " + id
                                            + " was stored concurrently with different content (xAPI 1.0.3 Communication 2.1.1/2.1.2)");
                                });
                    }, freshIds);
        }
        Map<String, Long> seqs = new java.util.HashMap<>();
        Object[] freshIds = fresh.stream().map(Row::id).toArray();
        jdbc.query("SELECT id, seq FROM xapi_statement WHERE id IN (" + String.join(",", java.util.Collections.nCopies(fresh.size(), "?")) + ")",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> seqs.put(rs.getString(1), rs.getLong(2)), freshIds);
        List<Object[]> agentRows = new ArrayList<>();
        List<Object[]> activityRows = new ArrayList<>();
        List<Long> seqList = new ArrayList<>(fresh.size());
        List<Object[]> refRows = new ArrayList<>();
        for (Row row : fresh) {
            long seq = seqs.get(row.id());
            seqList.add(seq);
            if (row.refTarget() != null) {
                refRows.add(new Object[]{row.refTarget(), seq});
            }
            Map<String, Boolean> agents = new LinkedHashMap<>();
            Map<String, Boolean> activities = new LinkedHashMap<>();
            collect(row.tree(), true, agents, activities);
            agentRows.addAll(rows(agents, seq));
            activityRows.addAll(rows(activities, seq));
            if (row.voidingTarget() != null) {
                jdbc.update("UPDATE xapi_statement SET voided = TRUE WHERE id = ? AND voiding_target IS NULL", row.voidingTarget());
            }
        }
        insertRows("INSERT IGNORE INTO xapi_statement_agent (key_hash, seq, direct) VALUES ", agentRows);
        insertRows("INSERT IGNORE INTO xapi_statement_activity (key_hash, seq, direct) VALUES ", activityRows);
        insertRefs(refRows);
        outbox.enqueue(seqList);
        return result;
    }

    /** Computes the indexed columns and adds the LRS-set properties to the tree. */
    private static Row prepare(ObjectNode statement, String xapiVersion, Instant stored, String storedText) {
        String id = statement.get("id").asString().toLowerCase(Locale.ROOT);
        statement.put("id", id);
        String hash = contentHash(statement);
        String actorKey = actorKey(statement.path("actor"))
                .orElseThrow(() -> new IllegalArgumentException("statement " + id + " has no identified actor"));
        String verb = statement.path("verb").path("id").asString("");
        if (verb.isEmpty()) {
            throw new IllegalArgumentException("statement " + id + " has no verb id");
        }
        JsonNode object = statement.path("object");
        String objectType = object.path("objectType").asString("Activity");
        String activityId = "Activity".equals(objectType) ? object.path("id").asString(null) : null;
        String registration = statement.path("context").path("registration").asString(null);
        String refTarget = "StatementRef".equals(objectType) ? object.path("id").asString("").toLowerCase(Locale.ROOT) : null;
        String voidingTarget = VOIDED_VERB.equals(verb) ? refTarget : null;
        Instant timestamp = XapiTime.parse(statement.path("timestamp").asString(null)).orElse(stored);
        if (!statement.has("timestamp")) {
            statement.put("timestamp", storedText);
        }
        statement.put("stored", storedText);
        if (!statement.has("version")) {
            statement.put("version", xapiVersion.startsWith("2") ? "2.0.0" : "1.0.0");
        }
        return new Row(statement, id, hash, actorKey, verb, activityId, registration == null ? null : registration.toLowerCase(Locale.ROOT),
                voidingTarget, refTarget, timestamp);
    }

    /**
     * Keeps {@code xapi_statement_ref} complete for the StatementRef filters (xAPI 1.0.3 Communication §2.1.3
     * "Filter Conditions for StatementRefs"): every statement whose object is a StatementRef has one row per
     * statement id along its chain of StatementRefs. The new statements' direct targets are inserted, then, until
     * nothing changes, (1) each new statement inherits the chains of its targets and (2) each statement that
     * already had a new statement on its chain (it arrived before its target) inherits the new statement's chain.
     * No work for a batch without StatementRef objects.
     *
     * @param refRows {target id, seq} of the new statements whose object is a StatementRef
     */
    private void insertRefs(List<Object[]> refRows) {
        List<Object[]> rows = refRows;
        String seqs = String.join(",", refRows.stream().map(r -> Long.toString((Long) r[1])).toList());
        // Plain (non-locking) reads of the missing rows, then a multi-row insert of them: an INSERT … SELECT takes
        // shared next-key locks on the rows and gaps it reads (InnoDB, REPEATABLE READ), which other requests
        // storing StatementRefs would then wait on. (1) is driven by the new statements' rows (index on seq), (2) by the statements already
        // pointing at them (primary key target_id). Limit: a statement and its target stored at the same moment by
        // two concurrent requests do not see each other's rows, and the chain can stay incomplete.
        String missing = """
                SELECT chain.target_id, via.seq
                FROM xapi_statement_ref via
                JOIN xapi_statement t ON t.id = via.target_id
                JOIN xapi_statement_ref chain ON chain.seq = t.seq
                WHERE via.seq IN (%1$s)
                  AND NOT EXISTS (SELECT 1 FROM xapi_statement_ref x WHERE x.target_id = chain.target_id AND x.seq = via.seq)
                UNION
                SELECT chain.target_id, via.seq
                FROM xapi_statement t
                JOIN xapi_statement_ref via ON via.target_id = t.id
                JOIN xapi_statement_ref chain ON chain.seq = t.seq
                WHERE t.seq IN (%1$s)
                  AND NOT EXISTS (SELECT 1 FROM xapi_statement_ref x WHERE x.target_id = chain.target_id AND x.seq = via.seq)""".formatted(seqs);
        // Ends: rows are only added, and there are finitely many (ids on chains x statements); cycles just stop adding.
        while (!rows.isEmpty()) {
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO xapi_statement_ref (target_id, seq) VALUES ");
            List<Object> args = new ArrayList<>(rows.size() * 2);
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ",(?, ?)");
                args.addAll(java.util.Arrays.asList(rows.get(i)));
            }
            jdbc.update(sql.toString(), args.toArray());
            rows = jdbc.query(missing, (rs, i) -> new Object[]{rs.getString(1), rs.getLong(2)});
        }
    }

    /** The most placeholders a server-side prepared statement may have (MariaDB: 65,535). */
    private static final int MAX_BINARY_PARAMETERS = 65_535;

    /**
     * Runs a multi-row INSERT as a server-side prepared statement (MariaDB binary protocol) when the driver is
     * MariaDB Connector/J: the statement JSON and the other values go as they are, instead of being escaped into the
     * SQL text by the driver and parsed back by the server, which were a tenth of the request threads' CPU and of
     * the server's in the ingest benchmark. The driver keeps the prepared statement per connection
     * ({@code cachePrepStmts}, on by default), so a batch of the same size is prepared once. Otherwise, or with
     * more placeholders than a prepared statement can have, an ordinary (client-side) prepared statement.
     *
     * @return the update count
     */
    private int updateBinary(String sql, List<Object> args) {
        Object[] values = args.toArray();
        if (values.length > MAX_BINARY_PARAMETERS) {
            return jdbc.update(sql, values);
        }
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.isWrapperFor(org.mariadb.jdbc.Connection.class)
                    ? connection.unwrap(org.mariadb.jdbc.Connection.class).prepareInternal(sql, java.sql.Statement.NO_GENERATED_KEYS,
                            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, true)
                    : connection.prepareStatement(sql);
            try {
                new ArgumentPreparedStatementSetter(values).setValues(statement);
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        });
    }

    /** One multi-row INSERT (one round trip, whatever the driver's batch settings). */
    private void insertRows(String insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(insert);
        List<Object> args = new ArrayList<>(rows.size() * 3);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?)" : ",(?, ?, ?)");
            args.addAll(java.util.Arrays.asList(rows.get(i)));
        }
        updateBinary(sql.toString(), args);
    }

    private static List<Object[]> rows(Map<String, Boolean> keys, long seq) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        keys.forEach((key, direct) -> rows.add(new Object[]{keyHash(key), seq, direct}));
        return rows;
    }

    /**
     * Agents and activities of a statement or sub-statement; direct = actor/object of the top level, or a member
     * of a Group that is.
     */
    private static void collect(JsonNode s, boolean top, Map<String, Boolean> agents, Map<String, Boolean> activities) {
        agent(s.path("actor"), top, agents);
        JsonNode object = s.path("object");
        String type = object.path("objectType").asString("Activity");
        switch (type) {
            case "Agent", "Group" -> agent(object, top, agents);
            case "SubStatement" -> collect(object, false, agents, activities);
            case "Activity" -> put(activities, object.path("id").asString(null), top);
            default -> { }
        }
        agent(s.path("authority"), false, agents);
        JsonNode context = s.path("context");
        agent(context.path("instructor"), false, agents);
        agent(context.path("team"), false, agents);
        for (JsonNode ca : context.path("contextAgents")) {
            agent(ca.path("agent"), false, agents);
        }
        for (JsonNode cg : context.path("contextGroups")) {
            agent(cg.path("group"), false, agents);
        }
        for (JsonNode list : context.path("contextActivities")) {
            if (list.isObject()) {
                put(activities, list.path("id").asString(null), false);
            }
            for (JsonNode a : list) {
                if (a.isObject()) {
                    put(activities, a.path("id").asString(null), false);
                }
            }
        }
    }

    /**
     * Indexes an agent or group and its members. Members count as direct when the group is: the {@code agent}
     * filter matches a statement whose actor or object is a Group (identified or anonymous) with the agent as a
     * member (xAPI 1.0.3 Communication §2.1.3, {@code agent}; 2.0.0 §4.1.6.1).
     */
    private static void agent(JsonNode actor, boolean direct, Map<String, Boolean> agents) {
        if (!actor.isObject()) {
            return;
        }
        actorKey(actor).ifPresent(key -> put(agents, key, direct));
        for (JsonNode member : actor.path("member")) {
            actorKey(member).ifPresent(key -> put(agents, key, direct));
        }
    }

    private static void put(Map<String, Boolean> keys, String key, boolean direct) {
        if (key != null) {
            keys.merge(key, direct, Boolean::logicalOr);
        }
    }

    /**
     * @param key an agent key ({@link #actorKey}) or activity id
     * @return its SHA-1, the key of the side index tables
     */
    public static byte[] keyHash(String key) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * SHA-256 of the statement without the properties an LRS sets, keys sorted: two sends of the
     * "same" statement (Communication §2.1.1) have the same hash.
     */
    static String contentHash(ObjectNode statement) {
        // A shallow copy without the two properties (the children are shared, not copied: only read here).
        ObjectNode copy = CANONICAL.createObjectNode();
        for (Map.Entry<String, JsonNode> property : statement.properties()) {
            if (!property.getKey().equals("stored") && !property.getKey().equals("authority")) {
                copy.set(property.getKey(), property.getValue());
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        // An anonymous group as actor: index it under its members (the column must not be empty).
        if (actor.path("member").isArray() && !actor.path("member").isEmpty()) {
            return Optional.of("anonymous-group|" + actor.path("member").size());
        }
        return Optional.empty();
    }

    /**
     * @param statementId the statement id
     * @return the stored JSON (as received plus the LRS-set properties)
     */
    @Transactional(readOnly = true)
    public Optional<String> findJson(String statementId) {
        return jdbc.query("SELECT full_json FROM xapi_statement WHERE id = ?",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(), statementId.toLowerCase(Locale.ROOT));
    }
}
