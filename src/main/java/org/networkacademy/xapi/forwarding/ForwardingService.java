package org.networkacademy.xapi.forwarding;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Manages forwarding targets: add (credentials encrypted), edit, pause/resume, delete, status,
 * dead-letter replay and backfill. Delivery itself is {@link OutboxSender}'s.
 */
@Service
public class ForwardingService {

    private final JdbcTemplate jdbc;
    private final CredentialCipher cipher;
    private final Clock clock;

    ForwardingService(JdbcTemplate jdbc, CredentialCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Adds an active target. From now on every stored statement is queued for it; call
     * {@link #backfill} to send the history as well.
     *
     * @param endpoint    LRS base IRL ({@code http(s)://…/}, a missing trailing slash is added)
     * @param xapiVersion {@code 1.0.3} or {@code 2.0.0}
     * @param password    Basic password; stored encrypted, never shown again
     * @param batchSize   1–500, statements per POST for live traffic
     * @return the new target, with the default catch-up batch size ({@link #defaultCatchUp})
     * @throws IllegalArgumentException for a bad endpoint, version or batch size
     * @throws IllegalStateException    when NA_FORWARDING_KEY is not set
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public LrsTarget add(String name, String endpoint, String xapiVersion, String username, String password, int batchSize) {
        return add(name, endpoint, xapiVersion, username, password, batchSize, defaultCatchUp(batchSize));
    }

    /**
     * Adds an active target, as {@link #add(String, String, String, String, String, int)}, with its
     * catch-up batch size: a backlog is sent in batches that double from {@code batchSize} up to
     * {@code catchUpBatchSize} while each batch leaves the queue full (fewer requests, for an LRS
     * whose cost is per request); a target that refuses a big batch (400/413) gets smaller ones again.
     *
     * @param catchUpBatchSize {@code batchSize}–1000 ({@code batchSize}: no catch-up)
     * @throws IllegalArgumentException for a bad endpoint, version or batch size, or an empty password
     * @throws IllegalStateException    when NA_FORWARDING_KEY is not set
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public LrsTarget add(String name, String endpoint, String xapiVersion, String username, String password, int batchSize,
                         int catchUpBatchSize) {
        String normalised = checkEndpoint(endpoint);
        checkLengths(name, normalised, username);
        checkSettings(xapiVersion, batchSize, catchUpBatchSize);
        if (password == null || password.isEmpty()) {
            // the target would answer 401 and be paused: refuse it here, naming the field
            throw new IllegalArgumentException("password is required");
        }
        String secret = cipher.encrypt(password);
        Timestamp now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO lrs_target (name, endpoint, xapi_version, username, password_enc, batch_size, catch_up_batch_size,
                                            status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, name);
            ps.setString(2, normalised);
            ps.setString(3, xapiVersion);
            ps.setString(4, username);
            ps.setString(5, secret);
            ps.setInt(6, batchSize);
            ps.setInt(7, catchUpBatchSize);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            return ps;
        }, keys);
        return find(keys.getKey().longValue()).orElseThrow();
    }

    /**
     * Changes a target. The sender re-reads the target for every batch, so the change applies from
     * the next batch on; the queue, counters and status are kept. A retry back-off ends: an active target is tried
     * again at once with the new settings (e.g. a password entered again after {@code NA_FORWARDING_KEY} changed).
     *
     * @param password         a new Basic password, or null/blank to keep the stored one (never read back)
     * @param batchSize        1–500, statements per POST for live traffic
     * @param catchUpBatchSize {@code batchSize}–1000, the largest batch for a backlog ({@code batchSize}: no catch-up)
     * @throws IllegalArgumentException for a bad endpoint, version or batch size, or an unknown target
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void update(long id, String name, String endpoint, String xapiVersion, String username, String password, int batchSize,
                       int catchUpBatchSize) {
        String normalised = checkEndpoint(endpoint);
        checkLengths(name, normalised, username);
        checkSettings(xapiVersion, batchSize, catchUpBatchSize);
        int changed = jdbc.update("""
                        UPDATE lrs_target SET name = ?, endpoint = ?, xapi_version = ?, username = ?, batch_size = ?,
                        catch_up_batch_size = ?, consecutive_failures = 0, next_attempt_at = ?, version = version + 1 WHERE id = ?""",
                name, normalised, xapiVersion, username, batchSize, catchUpBatchSize, Timestamp.from(clock.instant()), id);
        if (changed == 0) {
            throw new IllegalArgumentException("no target " + id);
        }
        if (password != null && !password.isEmpty()) {
            jdbc.update("UPDATE lrs_target SET password_enc = ? WHERE id = ?", cipher.encrypt(password), id);
        }
    }

    /** Largest catch-up batch: about 1–2 MB of JSON, well under common LRS body limits (e.g. 5 MB in Learning Locker). */
    public static final int MAX_CATCH_UP_BATCH_SIZE = 1000;

    /** Catch-up batch size given to a target added without one: 250 (or its batch size when that is larger), the fastest of 150, 250 and 500 against the xapi-statements peer (docs/benchmarks.md). */
    public static int defaultCatchUp(int batchSize) {
        return Math.max(250, batchSize);
    }

    /** Longest target name: the size of column lrs_target.name (V10__lrs.sql). */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest endpoint, trailing slash included: the size of column lrs_target.endpoint (V10__lrs.sql). */
    public static final int MAX_ENDPOINT_LENGTH = 1000;
    /** Longest Basic user name: the size of column lrs_target.username (V10__lrs.sql). */
    public static final int MAX_USERNAME_LENGTH = 200;

    /** Refuses what the columns could not hold (the database would refuse it with "Data too long"). */
    private static void checkLengths(String name, String normalisedEndpoint, String username) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (normalisedEndpoint.length() > MAX_ENDPOINT_LENGTH) {
            throw new IllegalArgumentException("endpoint must be at most " + MAX_ENDPOINT_LENGTH + " characters (trailing slash included)");
        }
        if (username == null) {
            throw new IllegalArgumentException("username is required");
        }
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("username must be at most " + MAX_USERNAME_LENGTH + " characters");
        }
    }

    private static void checkSettings(String xapiVersion, int batchSize, int catchUpBatchSize) {
        if (!Set.of("1.0.3", "2.0.0").contains(xapiVersion)) {
            throw new IllegalArgumentException("xAPI version must be 1.0.3 or 2.0.0");
        }
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("batch size must be 1–500");
        }
        if (catchUpBatchSize < batchSize || catchUpBatchSize > MAX_CATCH_UP_BATCH_SIZE) {
            throw new IllegalArgumentException("catch-up batch size must be between the batch size and " + MAX_CATCH_UP_BATCH_SIZE);
        }
    }

    /**
     * Chooses which statements a target receives from now on (and in its backfills): all, those of
     * one module's enrolments, or those of one cohort's enrolments (matched by context.registration).
     *
     * @param moduleId a module id, or null
     * @param cohortId a cohort id, or null; when both are null the target receives every statement
     * @throws IllegalArgumentException when both are given
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void setScope(long id, String moduleId, Long cohortId) {
        if (moduleId != null && cohortId != null) {
            throw new IllegalArgumentException("scope is a module or a cohort, not both");
        }
        jdbc.update("UPDATE lrs_target SET scope_module_id = ?, scope_cohort_id = ?, version = version + 1 WHERE id = ?",
                moduleId, cohortId, id);
    }

    /**
     * A choice of target scope for the admin page.
     *
     * @param label    e.g. "Module tsi-networks" or "Cohort Cohorte Fès (#12)"
     * @param moduleId module id, or null
     * @param cohortId cohort id, or null (both null: every statement)
     */
    public record ScopeChoice(String label, String moduleId, Long cohortId) {
    }

    /** @return the scopes a target can have: every module with enrolments, then every cohort */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<ScopeChoice> scopeChoices() {
        var out = new ArrayList<ScopeChoice>();
        out.addAll(jdbc.query("SELECT DISTINCT module_id FROM enrolment ORDER BY module_id",
                (rs, i) -> new ScopeChoice("Module " + rs.getString(1), rs.getString(1), null)));
        out.addAll(jdbc.query("SELECT id, name FROM cohort ORDER BY name, id",
                (rs, i) -> new ScopeChoice("Cohort " + rs.getString(2) + " (#" + rs.getLong(1) + ")", null, rs.getLong(1))));
        return out;
    }

    /** Pauses sending (statements are still queued). */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void pause(long id) {
        jdbc.update("UPDATE lrs_target SET status = 'PAUSED' WHERE id = ?", id);
    }

    /** Resumes sending now (also after an auth failure, once the credentials are fixed). */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void resume(long id) {
        jdbc.update("UPDATE lrs_target SET status = 'ACTIVE', consecutive_failures = 0, next_attempt_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()), id);
    }

    /** Deletes a target with its queue and dead letters. */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long id) {
        // The queue first: this waits for batches on the wire (their rows are locked) without holding
        // the target row, which a sender locks to count a delivery or to file a dead letter.
        jdbc.update("DELETE FROM lrs_outbox WHERE target_id = ?", id);
        jdbc.update("DELETE FROM lrs_target WHERE id = ?", id);
        jdbc.update("DELETE FROM lrs_target_delivery WHERE target_id = ?", id);
    }

    /**
     * Queues stored statements for a target (history for a new target, or a one-off resend of a filter).
     *
     * @param since only statements stored after this instant, or null
     * @param until only statements stored at or before this instant, or null
     * @param verb  only statements with this verb id, or null
     * @return statements queued (already queued ones are not queued twice)
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public int backfill(long id, Instant since, Instant until, String verb) {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO lrs_outbox (target_id, seq, queued_at) SELECT ?, s.seq, ? FROM xapi_statement s WHERE 1 = 1");
        List<Object> args = new ArrayList<>(List.of(id, Timestamp.from(clock.instant())));
        Outbox.Scope scope = jdbc.queryForObject("SELECT id, scope_module_id, scope_cohort_id FROM lrs_target WHERE id = ?",
                (rs, i) -> new Outbox.Scope(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)), id);
        sql.append(Outbox.condition(scope, args));
        if (since != null) {
            sql.append(" AND s.stored > ?");
            args.add(Timestamp.from(since));
        }
        if (until != null) {
            sql.append(" AND s.stored <= ?");
            args.add(Timestamp.from(until));
        }
        if (verb != null) {
            sql.append(" AND ").append(org.networkacademy.xapi.StatementStore.verbCondition("s", verb, args));
        }
        sql.append(" ORDER BY s.seq");
        return jdbc.update(sql.toString(), args.toArray());
    }

    /**
     * @return how many stored statements a {@link #backfill} of the whole history would queue for the
     * target (in its scope; those already queued count too, they are not queued twice). One COUNT over an
     * index of xapi_statement (and the enrolment subquery for a scoped target): cheap next to the backfill.
     * @throws IllegalArgumentException for an unknown target
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public long backfillCount(long id) {
        List<Outbox.Scope> scopes = jdbc.query("SELECT id, scope_module_id, scope_cohort_id FROM lrs_target WHERE id = ?",
                (rs, i) -> new Outbox.Scope(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)), id);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("no target " + id);
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM xapi_statement s WHERE 1 = 1" + Outbox.condition(scopes.getFirst(), args);
        return jdbc.queryForObject(sql, Long.class, args.toArray());
    }

    /** Puts a target's dead letters back into its queue. @return how many */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public int replayDeadLetters(long id) {
        int n = jdbc.update("INSERT IGNORE INTO lrs_outbox (target_id, seq, queued_at) SELECT target_id, seq, ? FROM lrs_dead_letter WHERE target_id = ?",
                Timestamp.from(clock.instant()), id);
        jdbc.update("DELETE FROM lrs_dead_letter WHERE target_id = ?", id);
        return n;
    }

    /** A dead-lettered statement with the target's answer. */
    public record DeadLetter(String statementId, int httpStatus, String response, Instant failedAt) {
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<DeadLetter> deadLetters(long id) {
        return jdbc.query("""
                SELECT s.id, d.http_status, d.response, d.failed_at FROM lrs_dead_letter d JOIN xapi_statement s ON s.seq = d.seq
                WHERE d.target_id = ? ORDER BY d.id""",
                (rs, i) -> new DeadLetter(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()), id);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<LrsTarget> list() {
        return jdbc.query(SELECT_TARGET + " ORDER BY t.id", (rs, i) -> map(rs));
    }

    @Transactional(readOnly = true)
    public Optional<LrsTarget> find(long id) {
        return jdbc.query(SELECT_TARGET + " WHERE t.id = ?", rs -> rs.next() ? Optional.of(map(rs)) : Optional.empty(), id);
    }

    /** @return pending, dead-lettered and lag of a target */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public TargetStatus status(long id) {
        LrsTarget target = find(id).orElseThrow(() -> new IllegalArgumentException("no target " + id));
        long pending = jdbc.queryForObject("SELECT COUNT(*) FROM lrs_outbox WHERE target_id = ?", Long.class, id);
        long dead = jdbc.queryForObject("SELECT COUNT(*) FROM lrs_dead_letter WHERE target_id = ?", Long.class, id);
        // The oldest row by id (index target_id, id) rather than MIN(queued_at), which would scan the queue.
        Timestamp oldest = jdbc.query("SELECT queued_at FROM lrs_outbox WHERE target_id = ? ORDER BY id LIMIT 1",
                rs -> rs.next() ? rs.getTimestamp(1) : null, id);
        Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
        return new TargetStatus(target, pending, dead, lag.isNegative() ? Duration.ZERO : lag);
    }

    /** @return true when statements are queued for the target (cheap, for polling) */
    @Transactional(readOnly = true)
    public boolean hasPending(long id) {
        return Boolean.TRUE.equals(jdbc.query("SELECT 1 FROM lrs_outbox WHERE target_id = ? LIMIT 1", (org.springframework.jdbc.core.ResultSetExtractor<Boolean>) rs -> rs.next(), id));
    }

    /** A target row with its sent count, including deliveries not yet folded into it (V65, {@code OutboxSender}). */
    private static final String SELECT_TARGET = """
            SELECT t.*, t.sent_count + COALESCE((SELECT SUM(d.delivered) FROM lrs_target_delivery d WHERE d.target_id = t.id), 0)
                AS sent_total
            FROM lrs_target t""";

    static LrsTarget map(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_sent_at");
        return new LrsTarget(rs.getLong("id"), rs.getString("name"), rs.getString("endpoint"), rs.getString("xapi_version"),
                rs.getString("username"), rs.getInt("batch_size"), rs.getInt("catch_up_batch_size"), LrsTarget.Status.valueOf(rs.getString("status")),
                rs.getInt("consecutive_failures"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getLong("sent_total"),
                last == null ? null : last.toInstant(), rs.getString("last_error"), rs.getString("scope_module_id"),
                rs.getObject("scope_cohort_id", Long.class));
    }

    /**
     * @return the endpoint as stored (a trailing slash added)
     * @throws IllegalArgumentException unless it is an absolute http(s) URL with a host
     */
    public static String checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint == null ? "" : endpoint.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint is not a URL");
        }
        if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL");
        }
        String s = uri.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
