package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** State, Activity Profile, Agent Profile, Activities and Agents resources through HTTP. */
class DocumentResourceHttpTest extends AbstractLrsHttpTest {

    private final String agent = q("{\"mbox\":\"mailto:doc-" + UUID.randomUUID() + "@example.org\"}");
    private final String activity = q("http://example.org/doc/" + UUID.randomUUID());

    private HttpResponse<String> call(String method, String path, String body, String contentType, String... headers) {
        return callAs(all, method, path, body, contentType, headers);
    }

    private HttpResponse<String> callAs(String credentials, String method, String path, String body, String contentType, String... headers) {
        var b = request(path, credentials, "1.0.3");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void stateDocumentsPutPostMergeListDelete() {
        String base = "/xapi/activities/state?activityId=" + activity + "&agent=" + agent;
        assertThat(call("PUT", base + "&stateId=s1", "{\"a\":1,\"b\":{\"x\":1}}", "application/json").statusCode()).isEqualTo(204);
        assertThat(call("POST", base + "&stateId=s1", "{\"b\":2,\"c\":3.50}", "application/json").statusCode()).isEqualTo(204);
        var got = call("GET", base + "&stateId=s1", null, null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(json(got).toString()).isEqualTo("{\"a\":1,\"b\":2,\"c\":3.50}");
        assertThat(got.headers().firstValue("ETag")).isPresent();
        assertThat(call("PUT", base + "&stateId=s2", "plain text", "text/plain").statusCode()).isEqualTo(204);
        assertThat(call("POST", base + "&stateId=s2", "{\"a\":1}", "application/json").statusCode()).isEqualTo(400);
        assertThat(call("GET", base + "&stateId=s2", null, null).body()).isEqualTo("plain text");
        assertThat(json(call("GET", base, null, null)).toString()).isEqualTo("[\"s1\",\"s2\"]");
        String reg = UUID.randomUUID().toString();
        assertThat(call("PUT", base + "&registration=" + reg + "&stateId=s3", "{}", "application/json").statusCode()).isEqualTo(204);
        assertThat(json(call("GET", base + "&registration=" + reg, null, null)).toString()).isEqualTo("[\"s3\"]");
        assertThat(call("DELETE", base + "&stateId=s1", null, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", base + "&stateId=s1", null, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", base, null, null).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", base, null, null)).toString()).isEqualTo("[]");
        assertThat(call("GET", "/xapi/activities/state?activityId=" + activity + "&stateId=x", null, null).statusCode()).isEqualTo(400);
        assertThat(call("PUT", base + "&stateId=bad", "{not json", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void profileConcurrencyRules() {
        for (String base : new String[]{"/xapi/activities/profile?activityId=" + activity, "/xapi/agents/profile?agent=" + agent}) {
            String doc = base + "&profileId=p1";
            assertThat(call("PUT", doc, "{\"v\":1}", "application/json", "If-None-Match", "*").statusCode()).isEqualTo(204);
            String etag = call("GET", doc, null, null).headers().firstValue("ETag").orElseThrow();
            assertThat(call("PUT", doc, "{\"v\":2}", "application/json").statusCode()).as("no precondition header").isEqualTo(409);
            assertThat(call("PUT", doc, "{\"v\":2}", "application/json", "If-None-Match", "*").statusCode()).isEqualTo(412);
            assertThat(call("PUT", doc, "{\"v\":2}", "application/json", "If-Match", "\"0000\"").statusCode()).isEqualTo(412);
            assertThat(call("PUT", doc, "{\"v\":2}", "application/json", "If-Match", etag).statusCode()).isEqualTo(204);
            assertThat(call("PUT", doc, "{\"v\":3}", "application/json", "If-Match", etag).statusCode()).as("stale ETag").isEqualTo(412);
            assertThat(call("POST", doc, "{\"w\":1}", "application/json").statusCode()).isEqualTo(204);
            assertThat(json(call("GET", doc, null, null)).toString()).isEqualTo("{\"v\":2,\"w\":1}");
            assertThat(json(call("GET", base, null, null)).toString()).isEqualTo("[\"p1\"]");
            assertThat(call("DELETE", doc, null, null, "If-Match", "\"0000\"").statusCode()).isEqualTo(412);
            assertThat(call("DELETE", doc, null, null).statusCode()).isEqualTo(204);
            assertThat(call("GET", doc, null, null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void activitiesAndAgentsResources() {
        String id = "http://example.org/doc/act-" + UUID.randomUUID();
        post("{\"actor\":{\"mbox\":\"mailto:a@example.org\"},\"verb\":{\"id\":\"http://example.org/v\"},"
                + "\"object\":{\"id\":\"" + id + "\",\"definition\":{\"name\":{\"en-US\":\"Defined\"}}}}");
        var activityResponse = call("GET", "/xapi/activities?activityId=" + q(id), null, null);
        assertThat(activityResponse.statusCode()).isEqualTo(200);
        assertThat(json(activityResponse).path("definition").path("name").path("en-US").asString()).isEqualTo("Defined");
        var person = call("GET", "/xapi/agents?agent=" + agent, null, null);
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(json(person).path("objectType").asString()).isEqualTo("Person");
        assertThat(json(person).path("mbox").isArray()).isTrue();
        assertThat(call("GET", "/xapi/agents", null, null).statusCode()).isEqualTo(400);
    }

    /**
     * xAPI 1.0.3 Communication §4.2 scopes per document resource: {@code state} for State, {@code profile} for the
     * profile resources, {@code all/read} reads both, {@code all} everything; statement scopes alone none of them.
     */
    @Test
    void documentResourcesCheckScopes() {
        String state = "/xapi/activities/state?activityId=" + activity + "&agent=" + agent + "&stateId=scoped";
        String activityProfile = "/xapi/activities/profile?activityId=" + activity + "&profileId=scoped";
        String agentProfile = "/xapi/agents/profile?agent=" + agent + "&profileId=scoped";
        String[] ifNone = {"If-None-Match", "*"};

        String statementsOnly = credentials(LrsScope.STATEMENTS_WRITE, LrsScope.STATEMENTS_READ);
        for (String path : new String[]{state, activityProfile, agentProfile}) {
            for (String method : new String[]{"PUT", "POST", "DELETE"}) {
                var r = callAs(statementsOnly, method, path, "{}", "application/json", ifNone);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(403);
                assertThat(r.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
            }
            assertThat(callAs(statementsOnly, "GET", path, null, null).statusCode()).as("GET " + path).isEqualTo(403);
        }

        String stateOnly = credentials(LrsScope.STATE);
        assertThat(callAs(stateOnly, "PUT", state, "{\"a\":1}", "application/json").statusCode()).isEqualTo(204);
        assertThat(callAs(stateOnly, "POST", state, "{\"b\":2}", "application/json").statusCode()).isEqualTo(204);
        assertThat(callAs(stateOnly, "GET", state, null, null).body()).isEqualTo("{\"a\":1,\"b\":2}");
        assertThat(callAs(stateOnly, "PUT", activityProfile, "{}", "application/json", ifNone).statusCode()).isEqualTo(403);
        assertThat(callAs(stateOnly, "GET", agentProfile, null, null).statusCode()).isEqualTo(403);

        String profileOnly = credentials(LrsScope.PROFILE);
        assertThat(callAs(profileOnly, "PUT", activityProfile, "{\"p\":1}", "application/json", ifNone).statusCode()).isEqualTo(204);
        assertThat(callAs(profileOnly, "PUT", agentProfile, "{\"p\":2}", "application/json", ifNone).statusCode()).isEqualTo(204);
        assertThat(callAs(profileOnly, "GET", agentProfile, null, null).body()).isEqualTo("{\"p\":2}");
        assertThat(callAs(profileOnly, "GET", state, null, null).statusCode()).isEqualTo(403);
        assertThat(callAs(profileOnly, "PUT", state, "{}", "application/json").statusCode()).isEqualTo(403);

        String readAll = credentials(LrsScope.ALL_READ);
        for (String path : new String[]{state, activityProfile, agentProfile}) {
            assertThat(callAs(readAll, "GET", path, null, null).statusCode()).as("GET " + path).isEqualTo(200);
            assertThat(callAs(readAll, "HEAD", path, null, null).statusCode()).as("HEAD " + path).isEqualTo(200);
            for (String method : new String[]{"PUT", "POST", "DELETE"}) {
                assertThat(callAs(readAll, method, path, "{}", "application/json", "If-Match", "*").statusCode())
                        .as(method + " " + path).isEqualTo(403);
            }
        }
        assertThat(callAs(readAll, "GET", "/xapi/activities/state?activityId=" + activity + "&agent=" + agent, null, null).body())
                .isEqualTo("[\"scoped\"]");
        // Nothing was changed by the refused requests.
        assertThat(call("GET", state, null, null).body()).isEqualTo("{\"a\":1,\"b\":2}");

        // The alternate request syntax is checked as the request it stands for.
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(statementsOnly.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var alt = send(HttpRequest.newBuilder(uri("/xapi/activities/state?method=PUT")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("activityId=" + activity + "&agent=" + agent + "&stateId=alt&Authorization="
                        + q(auth) + "&X-Experience-API-Version=1.0.3&content=" + q("{}"))).build());
        assertThat(alt.statusCode()).isEqualTo(403);
    }

    /**
     * Twenty clients writing new State documents of one activity and agent at once (a course saving several keys):
     * concurrent first inserts deadlock in InnoDB; each request is run again, so every write is answered 204 and kept.
     */
    @Test
    void concurrentFirstWritesOfDocumentsAreAllKept() throws Exception {
        String base = "/xapi/activities/state?activityId=" + activity + "&agent=" + agent;
        int n = 20;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(n)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var puts = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            var merges = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < n; i++) {
                int k = i;
                puts.add(pool.submit(() -> {
                    start.await();
                    return call("PUT", base + "&stateId=new" + k, "{\"k\":" + k + "}", "application/json").statusCode();
                }));
                merges.add(pool.submit(() -> {
                    start.await();
                    return call("POST", base + "&stateId=merged", "{\"key" + k + "\":" + k + "}", "application/json").statusCode();
                }));
            }
            start.countDown();
            for (int i = 0; i < n; i++) {
                assertThat(puts.get(i).get()).as("PUT new%d", i).isEqualTo(204);
                assertThat(merges.get(i).get()).as("POST merge %d", i).isEqualTo(204);
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(call("GET", base + "&stateId=new" + i, null, null).body()).isEqualTo("{\"k\":" + i + "}");
        }
        var merged = json(call("GET", base + "&stateId=merged", null, null));
        for (int i = 0; i < n; i++) {
            assertThat(merged.path("key" + i).asInt(-1)).as("key%d merged", i).isEqualTo(i);
        }
    }

    @Test
    void idsLongerThanTheirColumnsAreRefusedNamingTheParameter() {
        String base = "/xapi/activities/state?activityId=" + activity + "&agent=" + agent;
        var r = call("PUT", base + "&stateId=" + "s".repeat(2000), "{}", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).isEqualTo("stateId: at most 1000 characters (got 2000)");
        r = call("PUT", "/xapi/activities/state?activityId=" + q("http://example.org/" + "a".repeat(2000)) + "&agent=" + agent + "&stateId=s",
                "{}", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).startsWith("activityId: at most 2000 characters");
        r = call("PUT", "/xapi/activities/profile?activityId=" + activity + "&profileId=" + "p".repeat(5000), "{}", "application/json",
                "If-None-Match", "*");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).startsWith("profileId: at most 1000 characters");
        r = call("GET", "/xapi/agents/profile?agent=" + q("{\"account\":{\"homePage\":\"http://example.org\",\"name\":\"" + "n".repeat(1500) + "\"}}")
                + "&profileId=p", null, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).startsWith("agent: its identifier is too long");
        assertThat(call("PUT", base + "&stateId=" + "s".repeat(1000), "{}", "application/json").statusCode()).as("at the limit").isEqualTo(204);
        // characters are counted as the column counts them: 600 emoji are 600 characters (1,200 UTF-16 units)
        assertThat(call("PUT", base + "&stateId=" + q("\uD83D\uDE00".repeat(600)), "{}", "application/json").statusCode()).isEqualTo(204);
        // a long non-ASCII id (about 12 KB percent-encoded in the request line) still gets the LRS's JSON answer
        r = call("PUT", base + "&stateId=" + q("\u0639".repeat(2000)), "{}", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).isEqualTo("stateId: at most 1000 characters (got 2000)");
    }
}
