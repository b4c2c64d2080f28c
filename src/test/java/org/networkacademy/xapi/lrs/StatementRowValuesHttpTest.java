package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columns written by the multi-row inserts of a POST (sent as a server-side prepared statement, binary protocol,
 * since the ingest CPU work) hold what the text protocol wrote: the JSON byte for byte, times in UTC (the
 * JVM's default time zone is UTC here, as in the other tests), NULLs, booleans and the index rows' key hashes.
 */
class StatementRowValuesHttpTest extends AbstractLrsHttpTest {

    @Test
    void aPostedBatchIsStoredColumnForColumn() {
        String plain = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        String body = """
                [{"id":"%s","actor":{"mbox":"mailto:row@example.org","name":"R\\u00f6w \\"q\\" \\\\ '; --"},
                  "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                  "object":{"id":"http://example.org/a/row","definition":{"name":{"en-US":"\\u00e9\\ud83d\\ude00"}}},
                  "result":{"score":{"scaled":0.50}},"timestamp":"2026-03-01T10:00:00.123+02:00"},
                 {"id":"%s","actor":{"mbox":"mailto:row@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                  "object":{"objectType":"StatementRef","id":"%s"}}]""".formatted(plain, voiding, plain);
        assertThat(post(body).statusCode()).isEqualTo(200);

        Map<String, Object> row = jdbc.queryForMap("SELECT actor_key, verb_id, activity_id, registration, voided,"
                + " voiding_target, xapi_version, full_json, DATE_FORMAT(statement_timestamp, '%Y-%m-%dT%H:%i:%s.%f') ts,"
                + " DATE_FORMAT(stored, '%Y-%m-%dT%H:%i:%s.%f') st FROM xapi_statement WHERE id = ?", plain);
        JsonNode stored = XapiJson.readTree((String) row.get("full_json"));
        assertThat(stored.path("actor").path("name").asString()).isEqualTo("R\u00f6w \"q\" \\ '; --");
        assertThat(stored.path("object").path("definition").path("name").path("en-US").asString()).isEqualTo("\u00e9\uD83D\uDE00");
        assertThat(stored.path("result").path("score").path("scaled").toString()).isEqualTo("0.50");
        assertThat(row.get("actor_key")).isEqualTo("mbox|mailto:row@example.org");
        assertThat(row.get("activity_id")).isEqualTo("http://example.org/a/row");
        assertThat(row.get("registration")).isNull();
        assertThat(row.get("voiding_target")).isNull();
        assertThat(row.get("voided")).isIn(true, 1, (byte) 1);
        assertThat(row.get("xapi_version")).isEqualTo("1.0.3");
        assertThat(row.get("ts")).isEqualTo("2026-03-01T08:00:00.123000");
        // stored: the JSON's UTC time, to the millisecond
        assertThat(row.get("st")).isEqualTo(stored.path("stored").asString().replace("Z", "") + "000");

        Map<String, Object> voidingRow = jdbc.queryForMap("SELECT voided, voiding_target, activity_id FROM xapi_statement WHERE id = ?", voiding);
        assertThat(voidingRow.get("voided")).isIn(false, 0, (byte) 0);
        assertThat(voidingRow.get("voiding_target")).isEqualTo(plain);
        assertThat(voidingRow.get("activity_id")).isNull();

        long seq = jdbc.queryForObject("SELECT seq FROM xapi_statement WHERE id = ?", Long.class, plain);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement_agent WHERE seq = ? AND key_hash = ? AND direct",
                Long.class, seq, StatementStore.keyHash("mbox|mailto:row@example.org"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement_activity WHERE seq = ? AND key_hash = ? AND direct",
                Long.class, seq, StatementStore.keyHash("http://example.org/a/row"))).isEqualTo(1);
    }
}
