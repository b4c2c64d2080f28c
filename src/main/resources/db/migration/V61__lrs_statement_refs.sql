-- StatementRef filters (xAPI 1.0.3 Communication §2.1.3 "Filter Conditions for StatementRefs", 2.0.0 §4.1.6.1):
-- a statement whose object is a StatementRef matches a query's agent/verb/activity/registration filters when
-- the statement it targets matches them, recursively (a -> b -> c: a matches when c does).
-- One row per targeting statement (seq) and every statement id along its chain of StatementRefs (target_id),
-- whether or not that statement is stored yet; maintained by StatementStore when statements are stored.
CREATE TABLE xapi_statement_ref (
    target_id CHAR(36) NOT NULL,
    seq       BIGINT   NOT NULL,
    PRIMARY KEY (target_id, seq),
    INDEX ix_xapi_statement_ref_seq (seq, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Statements stored before this migration: their chains, followed through the stored statements (UNION stops cycles).
INSERT IGNORE INTO xapi_statement_ref (target_id, seq)
WITH RECURSIVE refs (seq, target_id) AS (
    SELECT seq, LOWER(JSON_VALUE(full_json, '$.object.id'))
    FROM xapi_statement
    WHERE JSON_VALUE(full_json, '$.object.objectType') = 'StatementRef'
    UNION
    SELECT refs.seq, LOWER(JSON_VALUE(t.full_json, '$.object.id'))
    FROM refs JOIN xapi_statement t ON t.id = refs.target_id
    WHERE JSON_VALUE(t.full_json, '$.object.objectType') = 'StatementRef'
)
SELECT target_id, seq FROM refs WHERE target_id IS NOT NULL;
