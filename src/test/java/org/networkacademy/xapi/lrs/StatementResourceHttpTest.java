package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Statement Resource through HTTP: samples, version header, auth, PUT/POST/GET, paging, voiding, filters. */
class StatementResourceHttpTest extends AbstractLrsHttpTest {

    private static String statement(String id, String actorMbox, String verb, String activity) {
        return """
                {%s"actor":{"mbox":"mailto:%s"},"verb":{"id":"%s"},"object":{"id":"%s"}}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", actorMbox, verb, activity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spec-examples/01-simple.json", "spec-examples/02-attempted-score-duration.json",
            "spec-examples/03-long-group-actor-context-extensions.json", "spec-examples/04-voiding.json",
            "spec-examples/05-substatement.json", "spec-examples/06-statementref-comment.json",
            "spec-examples/09-converted-from-0.9.json", "spec-examples/10-object-is-identified-group.json",
            "invalid/00-valid-base.json"})
    void validSamplesAreAccepted(String file) {
        var response = post(testData(file));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        String id = json(response).get(0).asString();
        var stored = get("?statementId=" + id);
        if (file.contains("04-voiding")) {
            return; // voids a statement that is not there; itself stored and served
        }
        assertThat(stored.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"01-missing-actor.json, actor", "02-mbox-without-mailto.json, actor.mbox", "03-verb-without-id.json, verb.id",
            "04-invalid-timestamp.json, timestamp", "05-timestamp-negative-zero-offset.json, timestamp",
            "06-invalid-duration.json, result.duration", "07-extension-key-not-iri.json, result.extensions",
            "08-wrong-version.json, version", "09-agent-mbox-and-account.json, actor",
            "10-registration-not-uuid.json, context.registration", "11-scaled-out-of-range.json, result.score.scaled",
            "12-invalid-language-tag.json, verb.display"})
    void invalidSamplesAreRejectedNamingTheProperty(String file, String property) {
        for (String version : List.of("1.0.3", "2.0.0")) {
            var response = send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(testData("invalid/" + file))).build());
            assertThat(response.statusCode()).as(version + " " + response.body()).isEqualTo(400);
            assertThat(json(response).path("error").asString()).contains(property);
            var put = send(request("/xapi/statements?statementId=" + UUID.randomUUID(), all, version)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(testData("invalid/" + file).replaceFirst("\"id\": \"[^\"]+\",", ""))).build());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        }
    }

    @Test
    void versionHeaderIsRequiredAndAnswered() {
        var missing = send(request("/xapi/statements", all, null).GET().build());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("X-Experience-API-Version")).isPresent();
        assertThat(send(request("/xapi/statements", all, "1.1.0").GET().build()).statusCode()).isEqualTo(400);
        assertThat(send(request("/xapi/statements", all, "0.95").GET().build()).statusCode()).isEqualTo(400);
        // a patch version that was never published is refused, and the message names what is accepted
        var unpublished = send(request("/xapi/statements", all, "1.0.9").GET().build());
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(unpublished.body()).contains("supported: 1.0, 1.0.0 to 1.0.3, 2.0, 2.0.0");
        assertThat(send(request("/xapi/statements", all, "1.0.2").GET().build()).statusCode()).isEqualTo(200);
        var v2 = send(request("/xapi/statements", all, "2.0.0").GET().build());
        assertThat(v2.statusCode()).isEqualTo(200);
        assertThat(v2.headers().firstValue("X-Experience-API-Version")).hasValue("2.0.0");
        var about = send(request("/xapi/about", null, null).GET().build());
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(json(about).path("version").toString()).contains("1.0.3", "2.0.0");
        assertThat(about.headers().firstValue("X-Experience-API-Version")).isPresent();
    }

    @Test
    void version2RulesApply() {
        // xAPI 2.0 requires a time zone in timestamps; 1.0.3 only recommends it.
        String noZone = """
                {"actor":{"mbox":"mailto:z@example.org"},"verb":{"id":"http://example.org/v"},
                 "object":{"id":"http://example.org/a"},"timestamp":"2024-05-18T05:32:34"}""";
        var v2 = send(request("/xapi/statements", all, "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(noZone)).build());
        assertThat(v2.statusCode()).isEqualTo(400);
        assertThat(v2.body()).contains("timestamp");
        assertThat(post(noZone).statusCode()).isEqualTo(200);
        String withContextAgents = """
                {"actor":{"mbox":"mailto:z@example.org"},"verb":{"id":"http://example.org/v"},
                 "object":{"id":"http://example.org/a"},"timestamp":"2024-05-18T05:32:34Z",
                 "context":{"contextAgents":[{"objectType":"contextAgent","agent":{"mbox":"mailto:c@example.org"}}]}}""";
        assertThat(post(withContextAgents).statusCode()).isEqualTo(400);
        var accepted = send(request("/xapi/statements", all, "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(withContextAgents)).build());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String id = json(accepted).get(0).asString();
        var stored = json(send(request("/xapi/statements?statementId=" + id, all, "2.0.0").GET().build()));
        assertThat(stored.path("version").asString()).isEqualTo("2.0.0");
        // related_agents finds the context agent
        var related = json(send(request("/xapi/statements?related_agents=true&agent=" + q("{\"mbox\":\"mailto:c@example.org\"}"),
                all, "2.0.0").GET().build()));
        assertThat(related.path("statements").size()).isEqualTo(1);
    }

    @Test
    void authentication() {
        var none = send(request("/xapi/statements", null, "1.0.3").GET().build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(send(request("/xapi/statements", all + "x", "1.0.3").GET().build()).statusCode()).isEqualTo(401);
        String readOnly = credentials(LrsScope.STATEMENTS_READ);
        var forbidden = send(request("/xapi/statements", readOnly, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement(null, "a@example.org", "http://example.org/v", "http://example.org/a"))).build());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        String writeOnly = credentials(LrsScope.STATEMENTS_WRITE);
        assertThat(send(request("/xapi/statements", writeOnly, "1.0.3").GET().build()).statusCode()).isEqualTo(403);
        assertThat(send(request("/xapi/statements", readOnly, "1.0.3").GET().build()).statusCode()).isEqualTo(200);
        clients.revoke(clients.findByKey(readOnly.split(":")[0]).orElseThrow().id());
        assertThat(send(request("/xapi/statements", readOnly, "1.0.3").GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void readMineSeesOnlyItsOwnStatements() {
        String mine = credentials(LrsScope.STATEMENTS_WRITE, LrsScope.STATEMENTS_READ_MINE);
        String own = UUID.randomUUID().toString();
        var r = send(request("/xapi/statements?statementId=" + own, mine, "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(null, "mine@example.org", "http://example.org/v", "http://example.org/a"))).build());
        assertThat(r.statusCode()).isEqualTo(204);
        String other = UUID.randomUUID().toString();
        assertThat(put(other, statement(null, "other@example.org", "http://example.org/v", "http://example.org/a")).statusCode()).isEqualTo(204);
        assertThat(send(request("/xapi/statements?statementId=" + own, mine, "1.0.3").GET().build()).statusCode()).isEqualTo(200);
        assertThat(send(request("/xapi/statements?statementId=" + other, mine, "1.0.3").GET().build()).statusCode()).isEqualTo(404);
        var page = json(send(request("/xapi/statements", mine, "1.0.3").GET().build()));
        assertThat(page.path("statements").size()).isEqualTo(1);
    }

    @Test
    void putStoresLosslesslyAndConflictsAreDetected() {
        String id = UUID.randomUUID().toString();
        String body = """
                {"actor":{"objectType":"Agent","mbox":"mailto:lossless@example.org"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed","zh-Hans-CN":"完成"}},
                 "object":{"id":"http://example.org/a"},
                 "result":{"duration":"PT1H0.5S","score":{"scaled":1.0,"raw":1.50,"min":0,"max":1E+1},
                           "extensions":{"urn:x:y":{"n":12345678901234567890.10}}},
                 "timestamp":"2024-05-18T07:32:34.804+02:00"}""";
        assertThat(put(id, body).statusCode()).isEqualTo(204);
        assertThat(put(id, body).statusCode()).as("identical re-send").isEqualTo(204);
        assertThat(post(body.replace("{\"actor\"", "{\"id\":\"" + id.toUpperCase() + "\",\"actor\"")).statusCode())
                .as("identical re-send by POST: no change, 204 (Communication 2.1.2)").isEqualTo(204);
        assertThat(put(id, body.replace("PT1H0.5S", "PT1H0.6S")).statusCode()).isEqualTo(409);
        var got = get("?statementId=" + id);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
        String text = got.body();
        assertThat(text).contains("\"PT1H0.5S\"", "\"scaled\":1.0", "\"raw\":1.50", "\"urn:x:y\"", "12345678901234567890.10",
                "\"2024-05-18T07:32:34.804+02:00\"", "zh-Hans-CN");
        JsonNode s = json(got);
        assertThat(s.path("id").asString()).isEqualTo(id);
        assertThat(s.path("stored").asString()).endsWith("Z");
        assertThat(s.path("authority").path("account").path("name").asString()).isEqualTo(all.split(":")[0]);
        assertThat(s.path("version").asString()).isEqualTo("1.0.0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE id = ?", Integer.class, id)).isEqualTo(1);
        // PUT rules
        assertThat(put("not-a-uuid", body).statusCode()).isEqualTo(400);
        assertThat(send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode()).isEqualTo(400);
        assertThat(put(UUID.randomUUID().toString(), body.replace("{\"actor\"", "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\"")).statusCode())
                .isEqualTo(400);
        assertThat(get("?statementId=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("?statementId=" + id + "&verb=" + q("http://example.org/v")).statusCode()).isEqualTo(400);
        assertThat(get("?bogus=1").statusCode()).isEqualTo(400);
        // HEAD answers like GET without a body
        var head = send(request("/xapi/statements?statementId=" + id, all, "1.0.3").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
    }

    @Test
    void batchIsAllOrNothing() {
        String a = UUID.randomUUID().toString();
        String ok = statement(a, "batch@example.org", "http://example.org/v", "http://example.org/a");
        String bad = statement(null, "not-an-email", "http://example.org/v", "http://example.org/a");
        var r = post("[" + ok + "," + bad + "]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("[1].actor.mbox");
        assertThat(get("?statementId=" + a).statusCode()).isEqualTo(404);
        assertThat(post("[" + ok + "," + ok + "]").statusCode()).as("duplicate ids in one batch").isEqualTo(400);
        var twice = post("[" + ok + "," + statement(null, "batch@example.org", "http://example.org/v", "http://example.org/b") + "]");
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(json(twice).size()).isEqualTo(2);
        assertThat(json(twice).get(0).asString()).isEqualTo(a);
        assertThat(post("not json").statusCode()).isEqualTo(400);
    }

    @Test
    void pagingWithMoreCoversEveryStatementOnce() {
        String agent = "pager-" + UUID.randomUUID() + "@example.org";
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(statement(null, agent, "http://example.org/v", "http://example.org/a/" + i));
        }
        List<String> posted = new ArrayList<>();
        json(post("[" + String.join(",", batch) + "]")).forEach(n -> posted.add(n.asString()));
        String query = "?limit=10&agent=" + q("{\"mbox\":\"mailto:" + agent + "\"}");
        for (boolean ascending : List.of(false, true)) {
            List<String> seen = new ArrayList<>();
            String next = "/xapi/statements" + query + (ascending ? "&ascending=true" : "");
            int pages = 0;
            while (!next.isEmpty()) {
                var page = send(request(next, all, "1.0.3").GET().build());
                assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                JsonNode result = json(page);
                result.path("statements").forEach(s -> seen.add(s.path("id").asString()));
                next = result.path("more").asString();
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(25).doesNotHaveDuplicates();
            assertThat(seen).isEqualTo(ascending ? posted : posted.reversed());
        }
        var first = json(get(query));
        String more = first.path("more").asString();
        String tampered = more.substring(0, more.length() - 2) + (more.endsWith("A") ? "BB" : "AA");
        assertThat(send(request(tampered, all, "1.0.3").GET().build()).statusCode()).isEqualTo(400);
        assertThat(send(request(more, credentials(LrsScope.ALL_READ), "1.0.3").GET().build()).statusCode())
                .as("a cursor belongs to its client").isEqualTo(400);
    }

    @Test
    void voidingRules() {
        String target = UUID.randomUUID().toString();
        assertThat(put(target, statement(null, "void@example.org", "http://example.org/v", "http://example.org/a")).statusCode()).isEqualTo(204);
        String voiding = """
                {"actor":{"mbox":"mailto:void@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(target);
        var v = post(voiding);
        assertThat(v.statusCode()).isEqualTo(200);
        String voidingId = json(v).get(0).asString();
        assertThat(get("?statementId=" + target).statusCode()).isEqualTo(404);
        assertThat(json(get("?voidedStatementId=" + target)).path("id").asString()).isEqualTo(target);
        assertThat(get("?voidedStatementId=" + voidingId).statusCode()).isEqualTo(404);
        var listed = json(get("?agent=" + q("{\"mbox\":\"mailto:void@example.org\"}")));
        Set<String> ids = new HashSet<>();
        listed.path("statements").forEach(s -> ids.add(s.path("id").asString()));
        assertThat(ids).containsExactly(voidingId);
        var voidTheVoider = post(voiding.replace(target, voidingId));
        assertThat(voidTheVoider.statusCode()).isEqualTo(400);
        assertThat(voidTheVoider.body()).contains("voiding");
        // a voiding statement that arrives before its target
        String later = UUID.randomUUID().toString();
        assertThat(post(voiding.replace(target, later)).statusCode()).isEqualTo(200);
        assertThat(put(later, statement(null, "void@example.org", "http://example.org/v", "http://example.org/a")).statusCode()).isEqualTo(204);
        assertThat(get("?statementId=" + later).statusCode()).isEqualTo(404);
        assertThat(get("?voidedStatementId=" + later).statusCode()).isEqualTo(200);
    }

    @Test
    void filters() {
        String tag = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        String agent = "f-" + tag + "@example.org";
        String activity = "http://example.org/f/" + tag;
        String s1 = """
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"http://example.org/verbs/one"},"object":{"id":"%s"},
                 "context":{"registration":"%s","instructor":{"mbox":"mailto:teacher-%s@example.org"}}}"""
                .formatted(agent, activity, registration, tag);
        String s2 = """
                {"actor":{"mbox":"mailto:other-%s@example.org"},"verb":{"id":"http://example.org/verbs/two"},
                 "object":{"id":"http://example.org/g/%s","definition":{"name":{"en-US":"G","de":"G-de"}}},
                 "context":{"contextActivities":{"parent":[{"id":"%s"}]}}}""".formatted(tag, tag, activity);
        String s3 = """
                {"actor":{"mbox":"mailto:x-%s@example.org"},"verb":{"id":"http://example.org/verbs/one"},
                 "object":{"objectType":"Agent","mbox":"mailto:%s"}}""".formatted(tag, agent);
        List<String> ids = new ArrayList<>();
        json(post("[" + s1 + "," + s2 + "," + s3 + "]")).forEach(n -> ids.add(n.asString()));
        String agentParam = q("{\"mbox\":\"mailto:" + agent + "\"}");
        assertThat(idsOf("?agent=" + agentParam)).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(idsOf("?agent=" + q("{\"mbox\":\"mailto:teacher-" + tag + "@example.org\"}"))).isEmpty();
        assertThat(idsOf("?related_agents=true&agent=" + q("{\"mbox\":\"mailto:teacher-" + tag + "@example.org\"}"))).containsExactly(ids.get(0));
        assertThat(idsOf("?activity=" + q(activity))).containsExactly(ids.get(0));
        assertThat(idsOf("?related_activities=true&activity=" + q(activity))).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(idsOf("?registration=" + registration)).containsExactly(ids.get(0));
        assertThat(idsOf("?agent=" + agentParam + "&verb=" + q("http://example.org/verbs/one"))).hasSize(2);
        assertThat(idsOf("?agent=" + agentParam + "&verb=" + q("http://example.org/verbs/two"))).isEmpty();
        String stored = json(get("?statementId=" + ids.get(0))).path("stored").asString();
        assertThat(idsOf("?agent=" + agentParam + "&since=" + q(stored))).doesNotContain(ids.get(0));
        assertThat(idsOf("?agent=" + agentParam + "&until=" + q(stored))).contains(ids.get(0));
        assertThat(get("?agent=" + q("{\"name\":\"no ifi\"}")).statusCode()).isEqualTo(400);
        assertThat(get("?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("?limit=-1").statusCode()).isEqualTo(400);
        assertThat(get("?limit=1.5").statusCode()).isEqualTo(400);
        assertThat(idsOf("?agent=" + agentParam + "&limit=99999999999")).as("a huge limit gets the server's maximum").hasSize(2);
        assertThat(idsOf("?agent=" + agentParam + "&limit=0001")).hasSize(1);
        assertThat(get("?format=full").statusCode()).isEqualTo(400);
        // formats
        JsonNode ids2 = json(get("?format=ids&statementId=" + ids.get(1)));
        assertThat(ids2.path("object").has("definition")).isFalse();
        assertThat(ids2.path("verb").has("display")).isFalse();
        JsonNode canonical = json(send(request("/xapi/statements?format=canonical&statementId=" + ids.get(1), all, "1.0.3")
                .header("Accept-Language", "de").GET().build()));
        assertThat(canonical.path("object").path("definition").path("name").propertyNames()).containsExactly("de");
    }

    private List<String> idsOf(String query) {
        var r = get(query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(r).path("statements").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    @Test
    void attachmentsAsMultipart() {
        var r = send(request("/xapi/statements", all, "1.0.3")
                .header("Content-Type", "multipart/mixed; boundary=simpleBoundary123")
                .POST(HttpRequest.BodyPublishers.ofByteArray(testBytes("spec-examples/07-attachment-request-simple-boundary.multipart"))).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String id = json(r).get(0).asString();
        var withAttachments = send(request("/xapi/statements?attachments=true&statementId=" + id, all, "1.0.3").GET().build());
        assertThat(withAttachments.statusCode()).isEqualTo(200);
        assertThat(withAttachments.headers().firstValue("Content-Type").orElseThrow()).startsWith("multipart/mixed; boundary=");
        assertThat(withAttachments.body()).contains("X-Experience-API-Hash", "here is a simple attachment");
        // the same statement as plain JSON lacks its payload
        var plain = post(testData("spec-examples/07-attachment-statement.json").replaceFirst("\\{", "{\"id\":\"" + UUID.randomUUID() + "\","));
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("attachments[0]");
        var signed = send(request("/xapi/statements", all, "1.0.3")
                .header("Content-Type", "multipart/mixed; boundary=xapiSignedBoundary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(testBytes("spec-examples/08-signed-request.multipart"))).build());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    }

    @Test
    void alternateRequestSyntax() {
        String id = UUID.randomUUID().toString();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(all.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String form = "statementId=" + id + "&Authorization=" + q(auth) + "&X-Experience-API-Version=1.0.3"
                + "&Content-Type=" + q("application/json")
                + "&content=" + q(statement(null, "alt@example.org", "http://example.org/v", "http://example.org/a"));
        var put = send(HttpRequest.newBuilder(uri("/xapi/statements?method=PUT")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        var get = send(HttpRequest.newBuilder(uri("/xapi/statements?method=GET")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + id + "&Authorization=" + q(auth) + "&X-Experience-API-Version=1.0.3")).build());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(json(get).path("id").asString()).isEqualTo(id);
        var noAuth = send(HttpRequest.newBuilder(uri("/xapi/statements?method=GET")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + id + "&X-Experience-API-Version=1.0.3")).build());
        assertThat(noAuth.statusCode()).isEqualTo(401);
        var extraQuery = send(HttpRequest.newBuilder(uri("/xapi/statements?method=GET&statementId=" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Authorization=" + q(auth) + "&X-Experience-API-Version=1.0.3")).build());
        assertThat(extraQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void statementsFromOneClientAreReadableAsJson() {
        String id = UUID.randomUUID().toString();
        assertThat(put(id, statement(null, "r@example.org", "http://example.org/v", "http://example.org/a")).statusCode()).isEqualTo(204);
        JsonNode s = XapiJson.readTree(get("?statementId=" + id).body());
        assertThat(s.path("timestamp").asString()).isEqualTo(s.path("stored").asString());
    }

    /**
     * The verb filter matches the verb IRI exactly: character for character (not the column's case-insensitive
     * collation) and whole, also past the 512 characters of the indexed column (a longer verb shares the column value
     * with every verb of the same first 512 characters). The export and backfill filters use the same condition.
     */
    @Test
    void theVerbFilterMatchesTheWholeIriExactly() {
        String base = "http://example.org/verbs/" + UUID.randomUUID() + "/";
        String longVerb = base + "v".repeat(500) + "-one";
        String otherLongVerb = base + "v".repeat(500) + "-two";
        String lower = base + "go";
        String upper = base + "GO";
        java.util.Map<String, String> idByVerb = new java.util.LinkedHashMap<>();
        for (String verb : List.of(longVerb, otherLongVerb, lower, upper)) {
            String id = UUID.randomUUID().toString();
            var r = post("""
                    {"id":"%s","actor":{"mbox":"mailto:verbs@example.org"},"verb":{"id":"%s"},"object":{"id":"http://example.org/a"}}"""
                    .formatted(id, verb));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            idByVerb.put(verb, id);
        }
        assertThat(longVerb.length()).isGreaterThan(512);
        for (var e : idByVerb.entrySet()) {
            assertThat(idsOf("?verb=" + q(e.getKey()))).as("verb %s", e.getKey().substring(base.length())).containsExactly(e.getValue());
        }
        assertThat(idsOf("?verb=" + q(longVerb.substring(0, 512)))).as("a prefix is another verb").isEmpty();
        assertThat(json(get("?statementId=" + idByVerb.get(longVerb))).at("/verb/id").asString()).isEqualTo(longVerb);
    }
}
