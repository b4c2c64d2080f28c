package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.StatementStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads statements for the LRS: by id, and by the filters of Communication §2.1.3 in storage order
 * ({@code seq}), using the side index tables for {@code agent}/{@code activity} and their related_* forms,
 * and {@code xapi_statement_ref} for statements that target a matching statement through StatementRefs
 * (Communication §2.1.3 "Filter Conditions for StatementRefs"). Voided statements are only found by
 * {@code voidedStatementId}.
 */
@Repository
class StatementQueryRepository {

    /** A stored statement: its storage position and JSON as stored. */
    record Row(long seq, String json) {
    }

    private final JdbcTemplate jdbc;

    StatementQueryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param id     statement id
     * @param voided true for voidedStatementId (only voided statements), false for statementId (only not voided)
     * @param client restrict to statements stored by this client (statements/read/mine), or null
     */
    Optional<Row> findById(String id, boolean voided, Long client) {
        String sql = "SELECT seq, full_json FROM xapi_statement WHERE id = ? AND voided = ?"
                + (client == null ? "" : " AND authority_client = " + client.longValue());
        return jdbc.query(sql, rs -> rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getString(2))) : Optional.empty(),
                id.toLowerCase(Locale.ROOT), voided);
    }

    /**
     * Streams the statements matching a query.
     *
     * @param q        the filters
     * @param afterSeq continue after this position (in the query's direction), or null
     * @param max      at most this many rows
     * @param client   restrict to statements stored by this client, or null
     * @param handler  receives each row in order
     */
    void query(StatementQuery q, Long afterSeq, int max, Long client, RowHandler handler) {
        List<Object> args = new ArrayList<>();
        String direction = q.ascending() ? "ASC" : "DESC";
        String sql;
        if (hasTargetFilter(q)) {
            // Communication 2.1.3 "Filter Conditions for StatementRefs" (2.0.0 §4.1.6.1), 2.1.4: a statement whose
            // object is a StatementRef matches when a statement on its chain of StatementRefs matches (that
            // one may be voided); since/until/limit/more and "not voided" apply to the returned statement.
            // Two index-friendly halves instead of one OR, each cut to the page size (DISTINCT: a statement can
            // reach several matching ones), merged in order.
            String direct = "SELECT s.seq FROM xapi_statement s" + targetFilter(q, "s", "", args)
                    + pageFilter(q, afterSeq, client, args) + " ORDER BY s.seq " + direction + " LIMIT " + max;
            String targeting = "SELECT DISTINCT s.seq FROM xapi_statement t"
                    + targetFilter(q, "t", " JOIN xapi_statement_ref r ON r.target_id = t.id JOIN xapi_statement s ON s.seq = r.seq", args)
                    + pageFilter(q, afterSeq, client, args) + " ORDER BY s.seq " + direction + " LIMIT " + max;
            sql = "SELECT x.seq, x.full_json FROM xapi_statement x JOIN ((" + direct + ") UNION (" + targeting
                    + ")) matched ON matched.seq = x.seq ORDER BY x.seq " + direction + " LIMIT " + max;
        } else {
            sql = "SELECT s.seq, s.full_json FROM xapi_statement s WHERE TRUE" + pageFilter(q, afterSeq, client, args)
                    + " ORDER BY s.seq " + direction + " LIMIT " + max;
        }
        jdbc.query(sql, (RowCallbackHandler) rs -> handler.row(new Row(rs.getLong(1), rs.getString(2))), args.toArray());
    }

    private static boolean hasTargetFilter(StatementQuery q) {
        return q.agentKey() != null || q.activity() != null || q.verb() != null || q.registration() != null;
    }

    /**
     * Joins and conditions of the agent/activity/verb/registration filters on statement alias {@code a};
     * {@code join} (no parameters) goes between the filter joins and the WHERE clause.
     */
    private static String targetFilter(StatementQuery q, String a, String join, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (q.agentKey() != null) {
            sql.append(" JOIN xapi_statement_agent ag ON ag.seq = ").append(a).append(".seq AND ag.key_hash = ?");
            args.add(StatementStore.keyHash(q.agentKey()));
            if (!q.relatedAgents()) {
                sql.append(" AND ag.direct = TRUE");
            }
        }
        if (q.activity() != null) {
            sql.append(" JOIN xapi_statement_activity ac ON ac.seq = ").append(a).append(".seq AND ac.key_hash = ?");
            args.add(StatementStore.keyHash(q.activity()));
            if (!q.relatedActivities()) {
                sql.append(" AND ac.direct = TRUE");
            }
        }
        sql.append(join).append(" WHERE TRUE");
        if (q.verb() != null) {
            sql.append(" AND ").append(StatementStore.verbCondition(a, q.verb(), args));
        }
        if (q.registration() != null) {
            sql.append(" AND ").append(a).append(".registration = ?");
            args.add(q.registration());
        }
        return sql.toString();
    }

    /** Conditions on the returned statement {@code s}: not voided, stored window, client, `more` position. */
    private static String pageFilter(StatementQuery q, Long afterSeq, Long client, List<Object> args) {
        StringBuilder sql = new StringBuilder(" AND s.voided = FALSE");
        if (q.since() != null) {
            sql.append(" AND s.stored > ?");
            args.add(Timestamp.from(q.since()));
        }
        if (q.until() != null) {
            sql.append(" AND s.stored <= ?");
            args.add(Timestamp.from(q.until()));
        }
        if (client != null) {
            sql.append(" AND s.authority_client = ?");
            args.add(client);
        }
        if (afterSeq != null) {
            sql.append(q.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            args.add(afterSeq);
        }
        return sql.toString();
    }

    /** Receives query rows one by one (so exports can stream). */
    @FunctionalInterface
    interface RowHandler {
        void row(Row row);
    }
}
