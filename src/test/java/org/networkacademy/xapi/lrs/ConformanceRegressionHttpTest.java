package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regressions found by running ADL's LRS conformance suite against this LRS (docs/lrs.md, "Conformance"):
 * each test pins one requirement the suite checks, without needing the suite.
 */
class ConformanceRegressionHttpTest extends AbstractLrsHttpTest {

    private static final String ACTOR = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:conformance@example.com\"}";
    private static final String VERB = "{\"id\":\"http://adlnet.gov/expapi/verbs/attended\",\"display\":{\"en-US\":\"attended\",\"en-GB\":\"attended\"}}";

    private static String statement(String id, String objectAndMore) {
        return "{\"id\":\"" + id + "\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + "," + objectAndMore + "}";
    }

    private HttpResponse<String> get(String query, String version) {
        return send(request("/xapi/statements" + query, all, version).GET().build());
    }

    /** Communication 2.1.3 (XAPI-00153): X-Experience-API-Consistent-Through "regardless of the code returned". */
    /**
     * ADL suite Data 4.0 (1.0.3 and 2.0.0, 16 tests): an empty language map ({@code {}}) is refused for verb
     * display, activity name and description and attachment display and description; the message names the property.
     */
    @Test
    void emptyLanguageMapsAreRefusedInBothVersions() {
        String base = """
                {"actor":{"mbox":"mailto:maps@example.org"},"verb":{"id":"http://example.org/v","display":VERB},
                 "object":{"id":"http://example.org/a","definition":{"name":NAME,"description":DESCRIPTION}}}""";
        String full = "{\"en-US\":\"text\"}";
        for (String version : new String[]{"1.0.3", "2.0.0"}) {
            for (String[] c : new String[][]{{"verb.display", "{}", full, full}, {"object.definition.name", full, "{}", full},
                    {"object.definition.description", full, full, "{}"}}) {
                String json = base.replace("VERB", c[1]).replace("NAME", c[2]).replace("DESCRIPTION", c[3]);
                HttpResponse<String> r = send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
                assertThat(r.statusCode()).as(version + " " + c[0]).isEqualTo(400);
                assertThat(r.body()).as(version).contains(c[0]).contains("at least one language entry");
            }
            String ok = base.replace("VERB", full).replace("NAME", full).replace("DESCRIPTION", full);
            assertThat(send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ok)).build()).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Session 4: "definition": {} is accepted (statement and sub-statement, both versions). ADL's suite has the test
     * "statement activity \"definition\" missing all properties" twice with opposite expectations (activities.js: 400,
     * verify.js: 200, renamed there "An Activity Definition uses the following properties"); the spec (Data 2.4.4.1)
     * makes every definition property optional and sets no minimum, and ADL's reference LRS accepts it.
     */
    @Test
    void emptyActivityDefinitionIsAcceptedInBothVersions() {
        String activity = "{\"objectType\":\"Activity\",\"id\":\"http://example.org/a\",\"definition\":{}}";
        String sub = "{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:def@example.org\"},"
                + "\"verb\":{\"id\":\"http://example.org/v\"},\"object\":" + activity + "}";
        for (String version : new String[]{"1.0.3", "2.0.0"}) {
            for (String object : new String[]{activity, sub}) {
                String json = "{\"actor\":{\"mbox\":\"mailto:def@example.org\"},\"verb\":{\"id\":\"http://example.org/v\"},\"object\":"
                        + object + "}";
                HttpResponse<String> r = send(request("/xapi/statements", all, version).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
                assertThat(r.statusCode()).as(version + " " + json + " -> " + r.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void consistentThroughIsSentOnRefusedQueriesToo() {
        for (String query : new String[]{"?LIMIT=1", "?statementId=" + UUID.randomUUID() + "&verb=http://example.com/v",
                "?statementId=" + UUID.randomUUID()}) {
            HttpResponse<String> response = get(query, "2.0.0");
            assertThat(response.statusCode()).as(query).isIn(400, 404);
            String through = response.headers().firstValue("X-Experience-API-Consistent-Through").orElse(null);
            assertThat(through).as(query).isNotNull();
            assertThat(Instant.parse(through)).isBefore(Instant.now().plusSeconds(1));
        }
    }

    /**
     * Communication 2.1.3 (XAPI-00153), session 3: the header is also on the 400 for a GET without a version
     * header and on the 401 for wrong credentials, which are answered before the controller.
     */
    @Test
    void consistentThroughIsSentWhenRefusedBeforeTheController() {
        HttpResponse<String> noVersion = send(request("/xapi/statements", null, null).GET().build());
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
        HttpResponse<String> wrongCredentials = send(request("/xapi/statements", "nobody:wrong", "1.0.3").GET().build());
        assertThat(wrongCredentials.statusCode()).isEqualTo(401);
        String through = wrongCredentials.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow();
        assertThat(Instant.parse(through)).isBefore(Instant.now().plusSeconds(1));
    }

    /**
     * Communication 2.1.2 (1.0.3) / §4.1.6.1 (2.0.0) POST: a statement whose id is stored already is no change, answered
     * "409 Conflict or 204 No Content" — 204 when every statement sent was stored already with the same content,
     * 409 when one differs; a batch with at least one new statement is 200 with all ids (suite session 3).
     */
    @Test
    void postOfAStatementStoredAlreadyIsNoContent() {
        String id = UUID.randomUUID().toString();
        String body = statement(id, "\"object\":{\"id\":\"http://example.com/a/post-again\"}");
        assertThat(put(id, body).statusCode()).isEqualTo(204);
        HttpResponse<String> again = post(body);
        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(again.body()).isEmpty();
        assertThat(post("[" + body + "]").statusCode()).as("as a batch of one").isEqualTo(204);
        assertThat(post(body.replace("post-again", "post-other")).statusCode()).as("different content").isEqualTo(409);

        String other = UUID.randomUUID().toString();
        HttpResponse<String> mixed = post("[" + body + "," + statement(other, "\"object\":{\"id\":\"http://example.com/a/post-new\"}") + "]");
        assertThat(mixed.statusCode()).isEqualTo(200);
        assertThat(json(mixed).get(0).asString()).isEqualTo(id);
        assertThat(json(mixed).get(1).asString()).isEqualTo(other);
        assertThat(json(get("?statementId=" + id, "1.0.3")).path("object").path("id").asString()).isEqualTo("http://example.com/a/post-again");
    }

    /**
     * Communication 2.1.3, session 3: while a write is under way (its stored time chosen, not yet committed),
     * X-Experience-API-Consistent-Through stays before it, and a GET of an id being written waits for the write
     * instead of answering 404 (ADL's suite GETs right after a POST whose answer it has not awaited).
     */
    @Test
    void writesUnderWayHoldBackConsistentThroughAndGetsOfTheirIds() throws Exception {
        InFlightStatements inFlight = applicationContext.getBean(InFlightStatements.class);
        String id = UUID.randomUUID().toString();
        Instant before = Instant.now();
        InFlightStatements.Write write = inFlight.begin(java.util.List.of(id));
        try {
            Thread.sleep(20);
            HttpResponse<String> list = get("?verb=" + q("http://example.com/v/none"), "1.0.3");
            Instant through = Instant.parse(list.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow());
            assertThat(through).isBefore(before.plusMillis(5));

            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> get("?statementId=" + id, "1.0.3"));
            Thread.sleep(200);
            assertThat(pending).as("the GET waits for the write of its id").isNotDone();
            assertThat(post(statement(id, "\"object\":{\"id\":\"http://example.com/a/in-flight\"}")).statusCode()).isEqualTo(200);
            inFlight.end(write);
            write = null;
            assertThat(pending.get(5, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            if (write != null) {
                inFlight.end(write);
            }
        }
        HttpResponse<String> after = get("?verb=" + q("http://example.com/v/none"), "1.0.3");
        assertThat(Instant.parse(after.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow()))
                .isAfter(before);
        assertThat(get("?statementId=" + UUID.randomUUID(), "1.0.3").statusCode()).as("no write under way: 404 at once").isEqualTo(404);

        // A POST that has arrived but whose body is not read yet (ids unknown): a GET that misses waits for it too.
        String later = UUID.randomUUID().toString();
        InFlightStatements.Arrival arrival = inFlight.arrive();
        try {
            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> get("?statementId=" + later, "1.0.3"));
            Thread.sleep(200);
            assertThat(pending).as("the GET waits for the write that arrived before it").isNotDone();
            assertThat(post(statement(later, "\"object\":{\"id\":\"http://example.com/a/arrived\"}")).statusCode()).isEqualTo(200);
            inFlight.leave(arrival);
            arrival = null;
            assertThat(pending.get(5, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            if (arrival != null) {
                inFlight.leave(arrival);
            }
        }
    }

    /**
     * Session 5 (ADL suite 1.0.3 Data 2.5, flaky): a query by filters also waits for the statement writes received before
     * it and still being handled, so a client that POSTs and queries right after sees its statement (1.0.3 Communication
     * 2.1.3 / 2.0.0 §4.1.6.1: Consistent-Through is then taken after them). The suite sends its query after one
     * Consistent-Through poll, without awaiting the answer to its POST.
     */
    @Test
    void queriesWaitForTheWritesReceivedBeforeThem() throws Exception {
        InFlightStatements inFlight = applicationContext.getBean(InFlightStatements.class);
        String id = UUID.randomUUID().toString();
        String verb = "http://example.com/v/arrived-before-query/" + id;
        InFlightStatements.Arrival arrival = inFlight.arrive();
        try {
            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> get("?verb=" + q(verb), "1.0.3"));
            Thread.sleep(200);
            assertThat(pending).as("the query waits for the write that arrived before it").isNotDone();
            String body = "{\"id\":\"" + id + "\",\"actor\":" + ACTOR + ",\"verb\":{\"id\":\"" + verb + "\"},"
                    + "\"object\":{\"id\":\"http://example.com/a/arrived-before-query\"}}";
            assertThat(post(body).statusCode()).isEqualTo(200);
            inFlight.leave(arrival);
            arrival = null;
            HttpResponse<String> answer = pending.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).path("statements").get(0).path("id").asString()).isEqualTo(id);
        } finally {
            if (arrival != null) {
                inFlight.leave(arrival);
            }
        }
    }

    /**
     * Session 5 (ADL suite 1.0.3 Communication 1.4 and Data 2.5): the suite's Consistent-Through poll sometimes asks for
     * "/statements" + "verb=..." (its query without the "?"); the 404 of such a path that starts like the Statement
     * resource carries the header too, so the poll goes on to the real request instead of throwing.
     */
    @Test
    void consistentThroughIsOnTheNotFoundOfAMistypedStatementsPath() {
        // as the suite sends it; the "//" of the IRI in the path makes it a 400 from the firewall, otherwise 404
        HttpResponse<String> response = send(request("/xapi/statementsverb=http://example.com/v", all, "1.0.3").GET().build());
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
        response = send(request("/xapi/statementslimit=1", all, "1.0.3").GET().build());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
    }

    /**
     * xAPI 2.0.0 timestamps follow RFC 3339, which allows a space between date and time (§5.6); ADL's 2.0.0 suite
     * (Data 4.0, "valid RFC 3339 date in timestamp") sends {@code 2008-09-15 15:53:00.601+00:00}. 1.0.3 requests keep
     * ISO 8601's T. The statement is stored as sent (session 3).
     */
    @Test
    void spaceSeparatedTimestampIsAcceptedInXapi2Only() {
        String id = UUID.randomUUID().toString();
        String body = statement(id, "\"object\":{\"id\":\"http://example.com/a/rfc3339\"},\"timestamp\":\"2008-09-15 15:53:00.601+00:00\"");
        HttpResponse<String> v1 = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(v1.statusCode()).isEqualTo(400);
        HttpResponse<String> v2 = send(request("/xapi/statements", all, "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(v2.statusCode()).isEqualTo(200);
        assertThat(json(get("?statementId=" + id, "2.0.0")).path("timestamp").asString()).isEqualTo("2008-09-15 15:53:00.601+00:00");
        HttpResponse<String> negativeZero = send(request("/xapi/statements", all, "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace(id, UUID.randomUUID().toString()).replace("+00:00", "-00:00"))).build());
        assertThat(negativeZero.statusCode()).isEqualTo(400);
    }

    /**
     * Data 2.2 (XAPI-00012): a statementId/voidedStatementId that is not a UUID is a bad parameter value (400), not an
     * unknown statement (404); ADL 2.0.0 suite, Data 2.2 (session 3).
     */
    @Test
    void statementIdThatIsNotAUuidIsABadRequest() {
        for (String version : new String[]{"1.0.3", "2.0.0"}) {
            assertThat(get("?statementId=wrong", version).statusCode()).as(version).isEqualTo(400);
            assertThat(get("?voidedStatementId=wrong", version).statusCode()).as(version).isEqualTo(400);
            assertThat(get("?statementId=" + UUID.randomUUID().toString().toUpperCase(), version).statusCode()).as(version).isEqualTo(404);
        }
    }

    /** 2.0.0 §4.1.6.1: a statement GET carries Last-Modified, the statement's stored time (to the second). */
    @Test
    void statementGetCarriesLastModifiedFromStored() {
        String id = UUID.randomUUID().toString();
        assertThat(post(statement(id, "\"object\":{\"id\":\"http://example.com/a/last-modified\"}")).statusCode()).isEqualTo(200);

        HttpResponse<String> one = get("?statementId=" + id, "2.0.0");
        Instant stored = Instant.parse(json(one).path("stored").asString());
        String lastModified = one.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isEqualTo(stored.truncatedTo(ChronoUnit.SECONDS));

        HttpResponse<String> list = get("?verb=" + q("http://adlnet.gov/expapi/verbs/attended") + "&limit=1", "2.0.0");
        assertThat(list.headers().firstValue("Last-Modified")).isPresent();
    }

    /** 2.0.0 §4.1.6.1 format=ids: Activities and Verbs keep only their id. */
    @Test
    void formatIdsKeepsOnlyTheIdOfActivitiesAndVerbs() {
        String id = UUID.randomUUID().toString();
        post(statement(id, "\"object\":{\"objectType\":\"Activity\",\"id\":\"http://example.com/a/ids\","
                + "\"definition\":{\"name\":{\"en-US\":\"ids\"}}},"
                + "\"context\":{\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"http://example.com/a/p\"}]}}"));

        JsonNode s = json(get("?statementId=" + id + "&format=ids", "2.0.0"));
        assertThat(s.path("object").propertyNames()).containsExactly("id");
        assertThat(s.path("verb").propertyNames()).containsExactly("id");
        assertThat(s.path("context").path("contextActivities").path("parent").get(0).propertyNames()).containsExactly("id");
    }

    /** Data 2.4.6.2: a single contextActivities Activity is answered as an array; re-sending it is no conflict. */
    @Test
    void singleContextActivityIsStoredAsAnArray() {
        String id = UUID.randomUUID().toString();
        String body = statement(id, "\"object\":{\"id\":\"http://example.com/a/ctx\"},"
                + "\"context\":{\"contextActivities\":{\"category\":{\"id\":\"http://example.com/a/category\"}}}");
        assertThat(post(body).statusCode()).isEqualTo(200);

        JsonNode category = json(get("?statementId=" + id, "1.0.3")).path("context").path("contextActivities").path("category");
        assertThat(category.isArray()).isTrue();
        assertThat(category.get(0).path("id").asString()).isEqualTo("http://example.com/a/category");
        assertThat(post(body).statusCode()).as("same statement again: stored already, no conflict").isEqualTo(204);
    }

    /** 2.0.0 §4.1.4: a PUT without If-Match/If-None-Match on an existing State document is a 409 (1.0.3: profiles only). */
    @Test
    void statePutOverAnExistingDocumentNeedsAPreconditionIn2_0() {
        String agent = q("{\"objectType\":\"Agent\",\"mbox\":\"mailto:state-conformance@example.com\"}");
        String path = "/xapi/activities/state?activityId=" + q("http://example.com/a/state") + "&agent=" + agent
                + "&stateId=" + UUID.randomUUID();
        for (String version : new String[]{"2.0.0", "1.0.3"}) {
            String doc = path + "-" + version;
            HttpRequest.Builder put = request(doc, all, version).header("Content-Type", "application/json");
            assertThat(send(put.PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build()).statusCode()).isEqualTo(204);
            HttpResponse<String> again = send(request(doc, all, version).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}")).build());
            assertThat(again.statusCode()).as(version).isEqualTo(version.equals("2.0.0") ? 409 : 204);
        }
    }

    /**
     * Session 5 (1.0.3 Communication 2.3 State resource file): {@code since} is a parameter of the document resources'
     * GET (1.0.3 Communication 2.3/2.6/2.7, 2.0.0 §4.1.6.2/4.1.6.5/4.1.6.6); beside a document id it does not filter —
     * XAPI-00192: "there is no requirement that the LRS reacts to the since parameter in the case of a GET request
     * with valid stateId". A GET with both answers the document (it was 400 "since: not allowed together with stateId");
     * a since that is no timestamp is still 400, and other methods do not take it.
     */
    @Test
    void sinceBesideADocumentIdIsAcceptedOnGetAndNotApplied() {
        String agent = q("{\"objectType\":\"Agent\",\"mbox\":\"mailto:state-since@example.com\"}");
        for (String version : new String[]{"1.0.3", "2.0.0"}) {
            String path = "/xapi/activities/state?activityId=" + q("http://example.com/a/state-since") + "&agent=" + agent
                    + "&stateId=" + UUID.randomUUID();
            assertThat(send(request(path, all, version).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build()).statusCode()).isEqualTo(204);
            String later = q(Instant.now().plus(1, ChronoUnit.HOURS).toString());
            HttpResponse<String> withSince = send(request(path + "&since=" + later, all, version).GET().build());
            assertThat(withSince.statusCode()).as(version + " " + withSince.body()).isEqualTo(200);
            assertThat(json(withSince).path("a").asInt()).isEqualTo(1);
            assertThat(send(request(path + "&since=" + q("not a timestamp"), all, version).GET().build()).statusCode())
                    .as(version).isEqualTo(400);
            assertThat(send(request(path + "&since=" + later, all, version).DELETE().build()).statusCode()).as(version).isEqualTo(400);
            String profile = "/xapi/activities/profile?activityId=" + q("http://example.com/a/profile-since") + "&profileId=p-" + UUID.randomUUID();
            assertThat(send(request(profile, all, version).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"b\":2}")).build()).statusCode()).isEqualTo(204);
            assertThat(send(request(profile + "&since=" + later, all, version).GET().build()).statusCode()).as(version).isEqualTo(200);
        }
    }

    /** Communication 2.5 (XAPI-00254): the Activities resource merges the languages of every statement. */
    @Test
    void activitiesResourceMergesLanguageMaps() {
        String activity = "http://example.com/a/merge/" + UUID.randomUUID();
        post(statement(UUID.randomUUID().toString(), "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en-US\":\"meeting\"}}}"));
        post(statement(UUID.randomUUID().toString(), "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"fr-FR\":\"réunion\"}}}"));

        JsonNode name = json(send(request("/xapi/activities?activityId=" + q(activity), all, "2.0.0").GET().build()))
                .path("definition").path("name");
        assertThat(name.path("en-US").asString()).isEqualTo("meeting");
        assertThat(name.path("fr-FR").asString()).isEqualTo("réunion");
    }

    /**
     * Communication 2.1.4 (XAPI-00162): filters also match a statement that targets a matching one; here the
     * voiding statement of a voided statement with the queried verb, registration and activity.
     */
    @Test
    void filtersAlsoReturnTheVoidingStatementOfAMatchingStatement() {
        String verb = "http://example.com/v/voided-target/" + UUID.randomUUID();
        String activity = "http://example.com/a/voided-target/" + UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String voided = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        assertThat(post("{\"id\":\"" + voided + "\",\"actor\":" + ACTOR + ",\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\"},\"context\":{\"registration\":\"" + registration + "\"}}").statusCode())
                .isEqualTo(200);
        assertThat(post("{\"id\":\"" + voiding + "\",\"actor\":" + ACTOR + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + voided + "\"}}").statusCode()).isEqualTo(200);
        assertThat(post(statement(other, "\"object\":{\"id\":\"http://example.com/a/voided-target/other\"}")).statusCode())
                .isEqualTo(200);

        for (String query : new String[]{"?verb=" + q(verb), "?activity=" + q(activity), "?registration=" + registration,
                "?verb=" + q(verb) + "&ascending=true&limit=5"}) {
            JsonNode statements = json(get(query, "2.0.0")).path("statements");
            assertThat(statements).as(query).hasSize(1);
            assertThat(statements.get(0).path("id").asString()).as(query).isEqualTo(voiding);
        }
        // Without a target filter nothing is added twice.
        JsonNode latest = json(get("?limit=2", "2.0.0")).path("statements");
        assertThat(latest).hasSize(2);
        assertThat(latest.get(0).path("id").asString()).isEqualTo(other);
        assertThat(latest.get(1).path("id").asString()).isEqualTo(voiding);
    }

    /** 2.0.0 §4.2.7: a signature over a duration cut to hundredths matches the statement's longer duration. */
    @Test
    void signatureComparesDurationsAtHundredthsOfASecond() throws Exception {
        String id = UUID.randomUUID().toString();
        String signedPart = statement(id, "\"object\":{\"id\":\"http://example.com/a/signed\"},\"result\":{\"duration\":\"P1DT12H36M0.12S\"}");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(signedPart.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        byte[] jws = (signingInput + "." + b64.encodeToString(rsa.sign())).getBytes(StandardCharsets.US_ASCII);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jws));

        String sent = statement(id, "\"object\":{\"id\":\"http://example.com/a/signed\"},\"result\":{\"duration\":\"P1DT12H36M0.1237S\"},"
                + "\"attachments\":[{\"usageType\":\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en-US\":\"signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length + ",\"sha2\":\"" + sha2 + "\"}]");
        String boundary = "conformanceBoundary";
        byte[] body = ("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + sent + "\r\n--" + boundary
                + "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n" + new String(jws, StandardCharsets.US_ASCII) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/xapi/statements", all, "2.0.0")
                .header("Content-Type", "multipart/mixed; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Communication 3.2: a method a resource does not have is 405 (not the UI's 403), also without credentials. */
    @Test
    void methodsAResourceDoesNotHaveAre405() {
        HttpResponse<String> delete = send(request("/xapi/statements?statementId=" + UUID.randomUUID(), null, "1.0.1").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        for (String path : new String[]{"/xapi/activities?activityId=" + q("http://example.com/a/405"),
                "/xapi/agents?agent=" + q("{\"mbox\":\"mailto:405@example.com\"}")}) {
            HttpResponse<String> post = send(request(path, all, "1.0.3").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(post.statusCode()).as(path).isEqualTo(405);
            assertThat(json(post).path("error").isString()).isTrue();
            assertThat(send(request(path, all, "1.0.3").PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(405);
        }
    }

    /** 1.0.3 §3.3 wants "1.0.3" on the 400 for a request without version; 2.0.0 accepts a 1.0.x answer too. */
    @Test
    void aRequestWithoutVersionIsAnsweredIn1_0_3() {
        HttpResponse<String> missing = send(request("/xapi/activities/state", all, null).GET().build());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(get("?limit=1", "2.0.0").headers().firstValue("X-Experience-API-Version")).hasValue("2.0.0");
    }

    /**
     * Communication 1.3 (1.0.3): real Authorization and version headers count in the alternate syntax
     * (form fields of the same name win), and a PUT's content without a Content-Type field is JSON.
     */
    @Test
    void alternateSyntaxHonoursRealHeadersAndDefaultsContentToJson() {
        String id = UUID.randomUUID().toString();
        String form = "statementId=" + id + "&content=" + q(statement(id, "\"object\":{\"id\":\"http://example.com/a/alt\"}"));
        HttpResponse<String> put = send(request("/xapi/statements?method=PUT", all, "1.0.3")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);

        HttpResponse<String> list = send(request("/xapi/statements?method=GET", all, "1.0.3")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("limit=1")).build());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).has("statements")).isTrue();

        HttpResponse<String> oldVersion = send(request("/xapi/statements?method=PUT", all, "1.0.3")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replace(id, UUID.randomUUID().toString()) + "&X-Experience-API-Version=0.8")).build());
        assertThat(oldVersion.statusCode()).isEqualTo(400);
    }

    /**
     * Communication 2.2: a document POSTed with a form content type (what a browser client sends for a
     * plain string) is a document, not form parameters — stored as sent, never a 400 "unknown parameter".
     */
    @Test
    void documentPostedAsFormIsStoredAsSent() {
        String agent = q("{\"objectType\":\"Agent\",\"mbox\":\"mailto:form-doc@example.com\"}");
        String path = "/xapi/activities/state?activityId=" + q("http://example.com/a/form") + "&agent=" + agent
                + "&stateId=" + UUID.randomUUID();
        HttpResponse<String> post = send(request(path, all, "1.0.3").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("true")).build());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(204);
        HttpResponse<String> stored = send(request(path, all, "1.0.3").GET().build());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("true");
        assertThat(stored.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * 1.0.3 Communication 3.1: a profile PUT without If-Match/If-None-Match is refused (400; 409 when the document
     * exists) — the client requirement ADL's 1.0.3 suite checks. 2.0.0 still stores a new document.
     */
    @Test
    void profilePutWithoutPreconditionIsRefusedIn1_0_3() {
        String path = "/xapi/activities/profile?activityId=" + q("http://example.com/a/profile-put") + "&profileId=" + UUID.randomUUID();
        HttpResponse<String> bare = send(request(path, all, "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build());
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
        HttpResponse<String> guarded = send(request(path, all, "1.0.3").header("Content-Type", "application/json")
                .header("If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build());
        assertThat(guarded.statusCode()).isEqualTo(204);
        HttpResponse<String> v2 = send(request(path + "-2", all, "2.0.0").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build());
        assertThat(v2.statusCode()).isEqualTo(204);
    }

    /** Data 2.4.9 (XAPI-00100): a Group authority is the anonymous OAuth pair; an identified Group is refused. */
    @Test
    void identifiedGroupIsNotAnAuthority() {
        String members = "\"member\":[{\"account\":{\"homePage\":\"http://example.com/xAPI/OAuth/Token\",\"name\":\"oauth_consumer_x75db\"}},"
                + "{\"mbox\":\"mailto:bob@example.com\"}]";
        String anonymous = statement(UUID.randomUUID().toString(), "\"object\":{\"id\":\"http://example.com/a/authority\"},"
                + "\"authority\":{\"objectType\":\"Group\"," + members + "}");
        assertThat(post(anonymous).statusCode()).isEqualTo(200);
        String identified = statement(UUID.randomUUID().toString(), "\"object\":{\"id\":\"http://example.com/a/authority\"},"
                + "\"authority\":{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.com\"," + members + "}");
        HttpResponse<String> refused = post(identified);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    }
}
