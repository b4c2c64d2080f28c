package org.networkacademy.xapi.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic, valid statements inserted straight into the store (with their agent and activity index
 * rows), for benchmarks and for tests that need many statements fast: statement {@code n} has agent
 * {@code mailto:b<n % 10000>@bench.example.org}, activity {@code http://bench.example.org/a/<n % 1000>},
 * and is stored at 2026-01-01T00:00:00Z plus {@code n} seconds (UTC).
 */
public final class SyntheticStatements {

    private SyntheticStatements() {
    }

    /**
     * Inserts statements {@code from} (inclusive) to {@code to} (exclusive), about 15,000 a second.
     *
     * @param jdbc the application's database (MariaDB: uses its {@code seq_1_to_N} sequence tables)
     */
    public static void insert(JdbcTemplate jdbc, int from, int to) {
        for (int lo = from; lo < to; lo += 100_000) {
            int hi = Math.min(to, lo + 100_000);
            jdbc.update("""
                    INSERT INTO xapi_statement (id, actor_key, verb_id, activity_id, registration, statement_timestamp, stored,
                                                voided, xapi_version, full_json, content_hash)
                    SELECT u, CONCAT('mbox|mailto:b', n % 10000, '@bench.example.org'), 'http://adlnet.gov/expapi/verbs/experienced',
                           CONCAT('http://bench.example.org/a/', n % 1000), NULL, ts, ts, FALSE, '1.0.3',
                           CONCAT('{"id":"', u, '","actor":{"objectType":"Agent","mbox":"mailto:b', n % 10000,
                                  '@bench.example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced"}},',
                                  '"object":{"objectType":"Activity","id":"http://bench.example.org/a/', n % 1000,
                                  '"},"result":{"duration":"PT1H0.5S","score":{"scaled":0.5}},"timestamp":"',
                                  DATE_FORMAT(ts, '%Y-%m-%dT%H:%i:%s.000Z'), '","stored":"', DATE_FORMAT(ts, '%Y-%m-%dT%H:%i:%s.000Z'),
                                  '","authority":{"objectType":"Agent","account":{"homePage":"https://academy.example.org","name":"bench"}},"version":"1.0.0"}'),
                           SHA2(u, 256)
                    FROM (SELECT seq - 1 AS n, UUID() AS u, TIMESTAMP('2026-01-01 00:00:00') + INTERVAL (seq - 1) SECOND AS ts
                          FROM seq_1_to_HI WHERE seq > LO) t""".replace("HI", Integer.toString(hi)).replace("LO", Integer.toString(lo)));
        }
        jdbc.update("""
                INSERT IGNORE INTO xapi_statement_agent (key_hash, seq, direct)
                SELECT UNHEX(SHA1(actor_key)), seq, TRUE FROM xapi_statement WHERE actor_key LIKE 'mbox|mailto:b%@bench.example.org'""");
        jdbc.update("""
                INSERT IGNORE INTO xapi_statement_activity (key_hash, seq, direct)
                SELECT UNHEX(SHA1(activity_id)), seq, TRUE FROM xapi_statement WHERE activity_id LIKE 'http://bench.example.org/a/%'""");
    }
}
