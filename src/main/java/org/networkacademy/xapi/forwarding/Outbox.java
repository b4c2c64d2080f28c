package org.networkacademy.xapi.forwarding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The transactional outbox of forwarding: one {@code lrs_outbox} row per active or paused target for
 * every stored statement in the target's scope (all, one module or one cohort), written in the transaction that stores the statement (so nothing is lost on
 * a crash: the row and the statement commit together, or neither does).
 */
@Component
public class Outbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues stored statements for every target (active or paused: a paused target gets it when resumed).
     *
     * @param seqs the statements' storage order keys ({@code xapi_statement.seq})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(List<Long> seqs) {
        // A plain (non-locking) read: an INSERT … SELECT would share-lock target rows and make
        // statement storage wait for the sender's short target updates.
        List<Scope> targets = jdbc.query("SELECT id, scope_module_id, scope_cohort_id FROM lrs_target",
                (rs, i) -> new Scope(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)));
        if (targets.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO lrs_outbox (target_id, seq, queued_at) VALUES ");
        List<Object> args = new java.util.ArrayList<>();
        for (Scope target : targets) {
            for (Long seq : target.all() ? seqs : inScope(target, seqs)) {
                sql.append(args.isEmpty() ? "(?, ?, ?)" : ",(?, ?, ?)");
                args.add(target.id());
                args.add(seq);
                args.add(now);
            }
        }
        if (!args.isEmpty()) {
            jdbc.update(sql.toString(), args.toArray());
        }
    }

    /** A target and the statements it receives: all, or those of one module's or one cohort's enrolments. */
    record Scope(long id, String moduleId, Long cohortId) {
        boolean all() {
            return moduleId == null && cohortId == null;
        }
    }

    /** SQL condition (on {@code xapi_statement s}) selecting the statements of a scoped target. */
    static String condition(Scope scope, List<Object> args) {
        if (scope.cohortId() != null) {
            args.add(scope.cohortId());
            return " AND s.registration IN (SELECT registration FROM enrolment WHERE cohort_id = ?)";
        }
        if (scope.moduleId() != null) {
            args.add(scope.moduleId());
            return " AND s.registration IN (SELECT registration FROM enrolment WHERE module_id = ?)";
        }
        return "";
    }

    private List<Long> inScope(Scope scope, List<Long> seqs) {
        var args = new java.util.ArrayList<Object>();
        String in = String.join(",", java.util.Collections.nCopies(seqs.size(), "?"));
        args.addAll(seqs);
        String sql = "SELECT s.seq FROM xapi_statement s WHERE s.seq IN (" + in + ")" + condition(scope, args);
        return jdbc.queryForList(sql, Long.class, args.toArray());
    }
}
