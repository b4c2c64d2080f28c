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
 * every stored statement, written in the transaction that stores the statement (so nothing is lost on
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
        List<Long> targets = jdbc.queryForList("SELECT id FROM lrs_target", Long.class);
        if (targets.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO lrs_outbox (target_id, seq, queued_at) VALUES ");
        List<Object> args = new java.util.ArrayList<>();
        for (Long target : targets) {
            for (Long seq : seqs) {
                sql.append(args.isEmpty() ? "(?, ?, ?)" : ",(?, ?, ?)");
                args.add(target);
                args.add(seq);
                args.add(now);
            }
        }
        jdbc.update(sql.toString(), args.toArray());
    }
}
