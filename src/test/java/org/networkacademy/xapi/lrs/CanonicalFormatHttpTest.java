package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code format=canonical} (xAPI 1.0.3 Communication §2.1.3) puts the LRS's canonical Activity definitions in place
 * of the statement's, one language per map by {@code Accept-Language}; {@code exact} stays as stored. Only
 * statements from {@code define}/{@code all} clients shape the canonical definition (Communication §4.2).
 */
class CanonicalFormatHttpTest extends AbstractLrsHttpTest {

    private final String activity = "http://example.org/canonical/" + UUID.randomUUID();

    private static String statement(String id, String object, String more) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:canonical@example.org\"},"
                + "\"verb\":{\"id\":\"http://example.org/verbs/met\",\"display\":{\"en-US\":\"met\",\"fr\":\"rencontré\"}},"
                + "\"object\":" + object + more + "}";
    }

    private String activityWith(String definition) {
        return "{\"objectType\":\"Activity\",\"id\":\"" + activity + "\",\"definition\":" + definition + "}";
    }

    private void store(String credentials, String json) {
        var r = send(request("/xapi/statements", credentials, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private HttpResponse<String> getIn(String query, String language) {
        return send(request("/xapi/statements" + query, all, "1.0.3").header("Accept-Language", language).GET().build());
    }

    @Test
    void canonicalFormatSubstitutesTheLrsDefinitionAndFiltersLanguages() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String undefined = UUID.randomUUID().toString();
        String context = UUID.randomUUID().toString();
        String sub = UUID.randomUUID().toString();
        store(all, statement(first, activityWith("{\"name\":{\"en-US\":\"Alpha\",\"fr\":\"Alpha FR\"},\"description\":{\"en-US\":\"first\"},"
                + "\"type\":\"http://example.org/types/one\"}"), ""));
        store(all, statement(second, activityWith("{\"name\":{\"de\":\"Alpha DE\"},\"type\":\"http://example.org/types/two\"}"), ""));
        // A client without define: stored as sent, but the canonical definition does not change.
        String noDefine = credentials(LrsScope.STATEMENTS_WRITE);
        String ownDefinition = "{\"name\":{\"en-US\":\"Hijack\",\"es\":\"Secuestro\"},\"type\":\"http://example.org/types/three\"}";
        store(noDefine, statement(undefined, activityWith(ownDefinition), ""));
        // A client with define adds a language.
        store(credentials(LrsScope.STATEMENTS_WRITE, LrsScope.DEFINE), statement(UUID.randomUUID().toString(),
                activityWith("{\"name\":{\"it\":\"Alfa\"}}"), ""));
        // The activity as a context activity and inside a SubStatement, without a definition of its own there.
        String other = "http://example.org/canonical/other/" + UUID.randomUUID();
        store(all, statement(context, "{\"id\":\"" + other + "\",\"definition\":{\"name\":{\"en-US\":\"Other\",\"fr\":\"Autre\"}}}",
                ",\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + activity + "\"}]}}"));
        store(all, statement(sub, "{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:sub@example.org\"},"
                + "\"verb\":{\"id\":\"http://example.org/verbs/will\"},\"object\":{\"id\":\"" + activity + "\"}}", ""));

        // Activities resource: every language of the defining statements, latest type; nothing from the client without define.
        JsonNode definition = json(send(request("/xapi/activities?activityId=" + q(activity), all, "1.0.3").GET().build())).path("definition");
        assertThat(definition.path("name").propertyNames()).containsExactlyInAnyOrder("en-US", "fr", "de", "it");
        assertThat(definition.path("name").path("en-US").asString()).isEqualTo("Alpha");
        assertThat(definition.path("type").asString()).isEqualTo("http://example.org/types/two");

        // canonical: the LRS's definition in place of the statement's, one language per map.
        JsonNode canonical = json(getIn("?statementId=" + undefined + "&format=canonical", "fr;q=1, de;q=0.5"));
        JsonNode object = canonical.path("object").path("definition");
        assertThat(object.path("name").toString()).isEqualTo("{\"fr\":\"Alpha FR\"}");
        assertThat(object.path("description").toString()).isEqualTo("{\"en-US\":\"first\"}");
        assertThat(object.path("type").asString()).isEqualTo("http://example.org/types/two");
        assertThat(canonical.path("verb").path("display").toString()).isEqualTo("{\"fr\":\"rencontré\"}");
        assertThat(canonical.path("actor").toString()).isEqualTo("{\"mbox\":\"mailto:canonical@example.org\"}");
        // exact: as stored, untouched.
        JsonNode exact = json(getIn("?statementId=" + undefined + "&format=exact", "fr"));
        assertThat(exact.path("object").path("definition")).isEqualTo(json(getIn("?statementId=" + undefined, "de")).path("object").path("definition"));
        assertThat(exact.path("object").path("definition").path("name").path("es").asString()).isEqualTo("Secuestro");
        assertThat(exact.path("verb").path("display").propertyNames()).containsExactlyInAnyOrder("en-US", "fr");

        // In a StatementResult, context activities and SubStatement objects too; an activity the LRS has no
        // canonical definition for keeps its own, language-filtered.
        JsonNode page = json(getIn("?agent=" + q("{\"mbox\":\"mailto:canonical@example.org\"}") + "&format=canonical&limit=6", "de"))
                .path("statements");
        assertThat(page).hasSize(6);
        for (JsonNode s : page) {
            if (s.path("id").asString().equals(context)) {
                assertThat(s.path("context").path("contextActivities").path("parent").get(0).path("definition").path("name").toString())
                        .isEqualTo("{\"de\":\"Alpha DE\"}");
                assertThat(s.path("object").path("definition").path("name").toString()).isEqualTo("{\"en-US\":\"Other\"}");
            } else if (s.path("id").asString().equals(sub)) {
                assertThat(s.path("object").path("object").path("definition").path("name").toString()).isEqualTo("{\"de\":\"Alpha DE\"}");
            } else {
                assertThat(s.path("object").path("definition").path("name").toString()).isEqualTo("{\"de\":\"Alpha DE\"}");
                assertThat(s.path("object").path("definition").path("type").asString()).isEqualTo("http://example.org/types/two");
            }
            assertThat(s.path("verb").path("display").toString()).isEqualTo("{\"en-US\":\"met\"}");
        }
    }
}
