package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Forwarding against a real peer LRS on loopback (Learning Locker's xapi-statements): a few hundred
 * statements, the peer stopped half-way and started again, every statement arrives exactly once with
 * its JSON intact; one statement the peer refuses ends in the dead-letter list after batch splitting.
 */
class ForwardingToPeerIntegrationTest extends AbstractLrsHttpTest {

    private static PeerLrs peer;

    @Autowired
    ForwardingService forwarding;

    @BeforeAll
    static void startPeer() {
        assumeTrue(PeerLrs.nodeAvailable(), "node and npm are needed for the peer LRS");
        peer = PeerLrs.start();
    }

    @org.junit.jupiter.api.AfterEach
    void deleteTargets() {
        jdbc.update("DELETE FROM lrs_target");
    }

    @AfterAll
    static void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    // Numbers stay within double precision: the peer is JavaScript and keeps numbers as doubles
    // (12345678901234567890.10 comes back as 12345678901234567000). Our own store keeps them exact.
    private static String statement(int i, String runTag) {
        return """
                {"id":"%s","actor":{"objectType":"Agent","mbox":"mailto:fwd-%d@example.org","name":"Learner %d"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed","zh-Hans-CN":"完成"}},
                 "object":{"id":"https://example.org/%s/activities/%d","definition":{"name":{"en-GB":"Lesson %d"}}},
                 "result":{"duration":"PT1H0.5S","score":{"scaled":1.0,"raw":7.50,"min":0,"max":10},"success":true,
                           "extensions":{"urn:x:y":{"n":1234567.125,"s":"ünïcødé"}}},
                 "context":{"registration":"%s","extensions":{"tag:example.org,2026:run":"%s"}},
                 "timestamp":"2026-11-29T15:%02d:%02d.123+02:00"}"""
                .formatted(UUID.randomUUID(), i, i, runTag, i, i, UUID.randomUUID(), runTag, (i / 60) % 60, i % 60);
    }

    private void postBatch(List<String> statements, String version) {
        var r = send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements) + "]")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void everyStatementArrivesExactlyOnceDespiteAnOutage() throws Exception {
        LrsTarget target = forwarding.add("peer", peer.endpoint(), "1.0.3", "any", "any-secret", 50);
        assertThat(jdbc.queryForObject("SELECT password_enc FROM lrs_target WHERE id = ?", String.class, target.id()))
                .doesNotContain("any-secret");
        String tag = "run-" + UUID.randomUUID();
        int total = 400;
        List<String> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            all.add(statement(i, tag));
        }
        for (int b = 0; b < 200; b += 50) {
            postBatch(all.subList(b, b + 50), "1.0.3");
        }
        // One statement the peer refuses (it speaks only 1.0.x; we accept 2.0.0 statements).
        String refused = statement(9999, tag).replaceFirst("\\{", "{\"version\":\"2.0.0\",");
        String refusedId = XapiJson.readTree(refused).path("id").asString();
        postBatch(List.of(refused), "2.0.0");

        waitFor(Duration.ofSeconds(60), () -> forwarding.status(target.id()).target().sentCount() >= 100);
        peer.suspend();
        for (int b = 200; b < total; b += 50) {
            postBatch(all.subList(b, b + 50), "1.0.3");
        }
        waitFor(Duration.ofSeconds(30), () -> forwarding.status(target.id()).target().consecutiveFailures() > 0);
        TargetStatus during = forwarding.status(target.id());
        assertThat(during.pending()).isPositive();
        assertThat(during.target().lastError()).isNotBlank();
        peer.resume();

        waitFor(Duration.ofSeconds(120), () -> forwarding.status(target.id()).pending() == 0);
        TargetStatus after = forwarding.status(target.id());
        assertThat(after.deadLettered()).isEqualTo(1);
        assertThat(forwarding.deadLetters(target.id())).singleElement().satisfies(d -> {
            assertThat(d.statementId()).isEqualTo(refusedId);
            assertThat(d.httpStatus()).isEqualTo(400);
        });
        assertThat(after.target().status()).isEqualTo(LrsTarget.Status.ACTIVE);

        Map<String, Integer> seen = new HashMap<>();
        Map<String, JsonNode> peerStatements = new HashMap<>();
        String next = "statements?limit=500";
        while (!next.isEmpty()) {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(peer.endpoint()).resolve(next))
                    .header("Authorization", "Basic YW55OmFueQ==").header("X-Experience-API-Version", "1.0.3").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode page = XapiJson.readTree(r.body());
            for (JsonNode s : page.path("statements")) {
                seen.merge(s.path("id").asString(), 1, Integer::sum);
                peerStatements.put(s.path("id").asString(), s);
            }
            next = page.path("more").asString("");
        }
        assertThat(seen).doesNotContainKey(refusedId);
        assertThat(seen.values()).allMatch(n -> n == 1);
        assertThat(seen).hasSize(total);
        for (String sent : all) {
            JsonNode ours = XapiJson.readTree(sent);
            JsonNode theirs = peerStatements.get(ours.path("id").asString());
            assertThat(theirs).as("statement %s at the peer", ours.path("id")).isNotNull();
            assertThat(JsonSubset.contains(ours, theirs, Set.of("stored", "authority", "version")))
                    .as("peer copy of %s keeps our JSON: %s", ours.path("id"), theirs).isTrue();
        }
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
