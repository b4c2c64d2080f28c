package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarding against a real peer LRS on loopback (Learning Locker's xapi-statements): a few hundred
 * statements, the peer stopped half-way and started again, every statement arrives exactly once with
 * its JSON intact; one statement the peer refuses (a signed 2.0.0 one, which is not converted) ends in the
 * dead-letter list after batch splitting.
 */
class ForwardingToPeerIntegrationTest extends AbstractLrsHttpTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final PeerLrsExtension PEER = new PeerLrsExtension();

    @Autowired
    ForwardingService forwarding;

    @org.junit.jupiter.api.AfterEach
    void deleteTargets() {
        jdbc.update("DELETE FROM lrs_target");
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

    /** Stores {@code statement} with a JWS signature attachment (xAPI Data §2.6), as multipart/mixed. */
    private void postSigned(String statement, String version) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(statement.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.generateKeyPair().getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        byte[] jws = (signingInput + "." + b64.encodeToString(rsa.sign())).getBytes(StandardCharsets.US_ASCII);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jws));
        String signed = statement.substring(0, statement.lastIndexOf('}'))
                + ",\"attachments\":[{\"usageType\":\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en-US\":\"signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length + ",\"sha2\":\"" + sha2 + "\"}]}";
        String boundary = "signedBoundary";
        byte[] body = ("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + signed + "\r\n--" + boundary
                + "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n" + new String(jws, StandardCharsets.US_ASCII) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var r = send(request("/xapi/statements", all, version).header("Content-Type", "multipart/mixed; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void everyStatementArrivesExactlyOnceDespiteAnOutage() throws Exception {
        LrsTarget target = forwarding.add("peer", PEER.peer().endpoint(), "1.0.3", "any", "any-secret", 50);
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
        // One statement the peer refuses: a signed 2.0.0 statement. Forwarding converts 2.0.0 statements for a 1.0.3
        // target (ForwardingDownConversionIntegrationTest) but sends a signed one as stored, since converting it would
        // break its signature; the peer speaks only 1.0.x.
        String refused = statement(9999, tag).replaceFirst("\\{", "{\"version\":\"2.0.0\",");
        String refusedId = XapiJson.readTree(refused).path("id").asString();
        postSigned(refused, "2.0.0");

        Poll.until(Duration.ofSeconds(60), () -> forwarding.status(target.id()).target().sentCount() >= 100);
        PEER.peer().suspend();
        for (int b = 200; b < total; b += 50) {
            postBatch(all.subList(b, b + 50), "1.0.3");
        }
        Poll.until(Duration.ofSeconds(30), () -> forwarding.status(target.id()).target().consecutiveFailures() > 0);
        TargetStatus during = forwarding.status(target.id());
        assertThat(during.pending()).isPositive();
        assertThat(during.target().lastError()).isNotBlank();
        PEER.peer().resume();

        Poll.until(Duration.ofSeconds(120), () -> forwarding.status(target.id()).pending() == 0);
        TargetStatus after = forwarding.status(target.id());
        assertThat(after.deadLettered()).isEqualTo(1);
        assertThat(forwarding.deadLetters(target.id())).singleElement().satisfies(d -> {
            assertThat(d.statementId()).isEqualTo(refusedId);
            assertThat(d.httpStatus()).isEqualTo(400);
            assertThat(d.response()).as("sent unconverted").contains("statements.0.version");
        });
        assertThat(after.target().status()).isEqualTo(LrsTarget.Status.ACTIVE);

        Map<String, Integer> seen = new HashMap<>();
        Map<String, JsonNode> peerStatements = new HashMap<>();
        for (JsonNode s : PEER.peer().statements()) {
            seen.merge(s.path("id").asString(), 1, Integer::sum);
            peerStatements.put(s.path("id").asString(), s);
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
}
