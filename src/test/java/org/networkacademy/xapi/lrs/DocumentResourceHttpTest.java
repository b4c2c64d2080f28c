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
        var b = request(path, all, "1.0.3");
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
}
