-- The agent filter matches statements whose actor or object is a Group (identified or anonymous) with the agent
-- as a member (xAPI 1.0.3 Communication §2.1.3 `agent`; 2.0.0 §4.1.6.1). Members of such groups were indexed as
-- related only (direct = FALSE); StatementStore now indexes them as direct. Statements stored before: the
-- members' keys (StatementStore.actorKey: mbox, else mbox_sha1sum, else openid, else account) set direct.
UPDATE xapi_statement_agent ag
JOIN (
    SELECT s.seq, UNHEX(SHA1(CASE
            WHEN m.mbox IS NOT NULL THEN CONCAT('mbox|', m.mbox)
            WHEN m.sha1 IS NOT NULL THEN CONCAT('mbox_sha1sum|', m.sha1)
            WHEN m.openid IS NOT NULL THEN CONCAT('openid|', m.openid)
            WHEN m.account = 1 THEN CONCAT('account|', COALESCE(m.home, ''), '|', COALESCE(m.name, ''))
        END)) AS key_hash
    FROM xapi_statement s,
         JSON_TABLE(s.full_json, '$.actor.member[*]' COLUMNS (
             mbox    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.mbox',
             sha1    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.mbox_sha1sum',
             openid  VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.openid',
             account INT EXISTS PATH '$.account',
             home    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.account.homePage',
             name    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.account.name')) m
    WHERE s.full_json LIKE '%"member"%'
    UNION ALL
    SELECT s.seq, UNHEX(SHA1(CASE
            WHEN m.mbox IS NOT NULL THEN CONCAT('mbox|', m.mbox)
            WHEN m.sha1 IS NOT NULL THEN CONCAT('mbox_sha1sum|', m.sha1)
            WHEN m.openid IS NOT NULL THEN CONCAT('openid|', m.openid)
            WHEN m.account = 1 THEN CONCAT('account|', COALESCE(m.home, ''), '|', COALESCE(m.name, ''))
        END))
    FROM xapi_statement s,
         JSON_TABLE(s.full_json, '$.object.member[*]' COLUMNS (
             mbox    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.mbox',
             sha1    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.mbox_sha1sum',
             openid  VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.openid',
             account INT EXISTS PATH '$.account',
             home    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.account.homePage',
             name    VARCHAR(512) CHARACTER SET utf8mb4 PATH '$.account.name')) m
    WHERE s.full_json LIKE '%"member"%' AND JSON_VALUE(s.full_json, '$.object.objectType') = 'Group'
) members ON members.seq = ag.seq AND members.key_hash = ag.key_hash
SET ag.direct = TRUE;
