package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.StatementValidator;
import org.networkacademy.xapi.validation.XapiVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements stored through xAPI 2.0.0 requests (version 2.0.0, contextAgents, contextGroups, a SubStatement's
 * context, a space-separated timestamp) and ordinary 1.0.3 ones, forwarded to a real xAPI 1.0.3 peer on loopback
 * (Learning Locker's xapi-statements): the peer refuses the 2.0.0 statements as stored, and accepts every
 * statement once forwarding has converted them — nothing dead-lettered, contextAgents and contextGroups kept as
 * context extensions, everything else as sent. Our own LRS keeps the statements as stored.
 */
class ForwardingDownConversionIntegrationTest extends AbstractLrsHttpTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final PeerLrsExtension PEER = new PeerLrsExtension();

    @org.springframework.beans.factory.annotation.Autowired
    ForwardingService forwarding;

    @AfterEach
    void deleteTargets() {
        jdbc.update("DELETE FROM lrs_target");
    }

    private static final String CONTEXT_AGENTS = """
            [{"objectType":"contextAgent","agent":{"objectType":"Agent","mbox":"mailto:coach-%1$d@example.org","name":"Coach %1$d"},
              "relevantTypes":["https://example.org/types/coach"]},
             {"objectType":"contextAgent","agent":{"account":{"homePage":"https://example.org","name":"mentor-%1$d"}}}]""";
    private static final String CONTEXT_GROUPS = """
            [{"objectType":"contextGroup","group":{"objectType":"Group","name":"Cohort %1$d",
              "member":[{"mbox":"mailto:peer-a-%1$d@example.org"},{"mbox":"mailto:peer-b-%1$d@example.org"}]},
              "relevantTypes":["https://example.org/types/cohort"]}]""";

    /** The parts every statement of the test has; numbers stay within double precision (the peer is JavaScript). */
    private static String common(int i, String tag) {
        return """
                "actor":{"objectType":"Agent","mbox":"mailto:down-%d@example.org","name":"Learner %d"},
                "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed","zh-Hans-CN":"完成"}},
                "result":{"duration":"PT1H0.5S","score":{"scaled":1.0,"raw":7.50,"min":0,"max":10},"success":true,
                          "extensions":{"urn:x:y":{"n":1234567.125,"s":"ünïcødé"}}}"""
                .formatted(i, i) + ",\"object\":{\"id\":\"https://example.org/" + tag + "/activities/" + i + "\"}";
    }

    /** A 2.0.0 statement: contextAgents, contextGroups, a context extension of its own; version as given (null: none). */
    private static String v2(int i, String tag, String version) {
        return "{\"id\":\"" + UUID.randomUUID() + "\"," + common(i, tag) + ",\"context\":{\"registration\":\"" + UUID.randomUUID()
                + "\",\"contextAgents\":" + CONTEXT_AGENTS.formatted(i) + ",\"contextGroups\":" + CONTEXT_GROUPS.formatted(i)
                + ",\"extensions\":{\"tag:example.org,2026:run\":\"" + tag + "\"}},\"timestamp\":\"2026-11-29T15:00:%02d.123+02:00\""
                .formatted(i % 60) + (version == null ? "" : ",\"version\":\"" + version + "\"") + "}";
    }

    /** A 2.0.0 statement whose SubStatement has contextAgents, and whose timestamp has a space for the T. */
    private static String v2WithSubStatement(int i, String tag) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"mbox\":\"mailto:planner-" + i + "@example.org\"},"
                + "\"verb\":{\"id\":\"https://example.org/verbs/planned\"},\"object\":{\"objectType\":\"SubStatement\","
                + common(i, tag) + ",\"context\":{\"contextAgents\":" + CONTEXT_AGENTS.formatted(i) + "}},"
                + "\"timestamp\":\"2026-11-29 16:00:00.250Z\",\"version\":\"2.0.0\"}";
    }

    private static String v1(int i, String tag) {
        return "{\"id\":\"" + UUID.randomUUID() + "\"," + common(i, tag) + ",\"context\":{\"extensions\":{\"tag:example.org,2026:run\":\""
                + tag + "\"}},\"timestamp\":\"2026-11-29T17:00:%02d.123-05:00\"}".formatted(i % 60);
    }

    private void postBatch(List<String> statements, String version) {
        var r = send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements) + "]")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** What the peer must hold: the statement as sent, with the conversion applied by hand. */
    private static JsonNode converted(String sent) {
        ObjectNode s = (ObjectNode) XapiJson.readTree(sent);
        for (JsonNode holder : List.of(s, s.path("object"))) {
            if (holder.get("context") instanceof ObjectNode context) {
                ObjectNode extensions = context.has("extensions") ? (ObjectNode) context.get("extensions") : context.putObject("extensions");
                if (context.has("contextAgents")) {
                    extensions.set(XapiProfile.EXT_CONTEXT_AGENTS, context.remove("contextAgents"));
                }
                if (context.has("contextGroups")) {
                    extensions.set(XapiProfile.EXT_CONTEXT_GROUPS, context.remove("contextGroups"));
                }
            }
        }
        s.put("timestamp", s.path("timestamp").asString().replace(' ', 'T'));
        return s;
    }

    @Test
    void statementsStoredThrough2_0_0ArriveConvertedAtA1_0_3PeerAndNothingIsDeadLettered() throws Exception {
        LrsTarget target = forwarding.add("peer 1.0.3", PEER.peer().endpoint(), "1.0.3", "any", "any-secret", 50);
        String tag = "down-" + UUID.randomUUID();
        List<String> v2 = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            v2.add(v2(i, tag, i % 3 == 0 ? null : i % 3 == 1 ? "2.0.0" : "2.0")); // none: our LRS sets 2.0.0
        }
        v2.add(v2WithSubStatement(6, tag));
        List<String> v1 = new ArrayList<>();
        for (int i = 10; i < 14; i++) {
            v1.add(v1(i, tag));
        }
        forwarding.pause(target.id()); // queued, not sent, while we show what the peer makes of them as stored
        postBatch(v2.subList(0, 4), "2.0.0");
        postBatch(v1, "1.0.3");
        postBatch(v2.subList(4, v2.size()), "2.0.0");

        // As stored, the peer refuses every 2.0.0 statement (400 naming version and the 2.0-only properties)
        // and accepts nothing of them: the conversion is what gets them there.
        for (String sent : v2) {
            String id = XapiJson.readTree(sent).path("id").asString();
            String stored = jdbc.queryForObject("SELECT full_json FROM xapi_statement WHERE id = ?", String.class, id);
            assertThat(XapiJson.readTree(stored).path("version").asString()).isIn("2.0.0", "2.0");
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(PEER.peer().endpoint() + "statements"))
                    .header("Authorization", "Basic YW55OmFueQ==").header("X-Experience-API-Version", "1.0.3")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(stored)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("contextAgents", "statements.0.version");
        }
        assertThat(PEER.peer().statements()).isEmpty();

        forwarding.resume(target.id());
        Poll.until(Duration.ofSeconds(60), () -> forwarding.status(target.id()).pending() == 0);
        TargetStatus after = forwarding.status(target.id());
        assertThat(after.deadLettered()).isZero();
        assertThat(forwarding.deadLetters(target.id())).isEmpty();
        assertThat(after.target().sentCount()).isEqualTo(v2.size() + v1.size());

        Map<String, Integer> seen = new HashMap<>();
        Map<String, JsonNode> atPeer = new HashMap<>();
        for (JsonNode s : PEER.peer().statements()) {
            seen.merge(s.path("id").asString(), 1, Integer::sum);
            atPeer.put(s.path("id").asString(), s);
        }
        assertThat(seen).hasSize(v2.size() + v1.size());
        assertThat(seen.values()).allMatch(n -> n == 1);
        StatementValidator validator = new StatementValidator();
        for (String sent : v2) {
            JsonNode theirs = atPeer.get(XapiJson.readTree(sent).path("id").asString());
            assertThat(theirs).as("%s at the peer", sent).isNotNull();
            assertThat(theirs.path("version").asString()).isEqualTo("1.0.0");
            assertThat(theirs.path("context").has("contextAgents")).isFalse();
            assertThat(theirs.path("object").path("context").has("contextAgents")).isFalse();
            assertThat(JsonSubset.contains(converted(sent), theirs, Set.of("stored", "authority", "version")))
                    .as("peer copy keeps our JSON, converted: %s", theirs).isTrue();
            assertThat(validator.validate(theirs, XapiVersion.V1_0_3)).as("%s", theirs).isEmpty();
        }
        JsonNode first = atPeer.get(XapiJson.readTree(v2.getFirst()).path("id").asString());
        assertThat(first.path("context").path("extensions").get(XapiProfile.EXT_CONTEXT_AGENTS))
                .isEqualTo(XapiJson.readTree(CONTEXT_AGENTS.formatted(0)));
        assertThat(first.path("context").path("extensions").path(XapiProfile.EXT_CONTEXT_GROUPS).get(0).path("group").path("member"))
                .hasSize(2);
        for (String sent : v1) {
            JsonNode ours = XapiJson.readTree(sent);
            JsonNode theirs = atPeer.get(ours.path("id").asString());
            assertThat(theirs).as("%s at the peer", sent).isNotNull();
            assertThat(theirs.path("version").asString()).isEqualTo("1.0.0");
            assertThat(JsonSubset.contains(ours, theirs, Set.of("stored", "authority", "version"))).as("%s", theirs).isTrue();
        }

        // Our LRS still answers with the statements as they were stored, 2.0.0 properties and all.
        String sub = XapiJson.readTree(v2.getLast()).path("id").asString();
        JsonNode ours = json(send(request("/xapi/statements?statementId=" + sub, all, "2.0.0").GET().build()));
        assertThat(ours.path("version").asString()).isEqualTo("2.0.0");
        assertThat(ours.path("object").path("context").path("contextAgents")).hasSize(2);
        assertThat(ours.path("timestamp").asString()).isEqualTo("2026-11-29 16:00:00.250Z");
    }
}
