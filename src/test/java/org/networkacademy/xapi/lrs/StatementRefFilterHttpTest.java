package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * xAPI 1.0.3 Communication §2.1.3 "Filter Conditions for StatementRefs" (2.0.0 §4.1.6.1) and §2.1.4 over HTTP:
 * a statement whose object is a StatementRef matches the agent/verb/activity/registration filters when the
 * statement it targets (recursively) matches them; time and page parameters apply to the returned statement.
 */
class StatementRefFilterHttpTest extends AbstractLrsHttpTest {

    private final String run = UUID.randomUUID().toString();
    private final String ben = "{\"mbox\":\"mailto:ben-" + run + "@example.org\"}";
    private final String verb = "http://example.org/verbs/passed-" + run;
    private final String activity = "http://example.org/activities/explosives-" + run;
    private final String registration = UUID.randomUUID().toString();

    private String original(String id) {
        return "{\"id\":\"" + id + "\",\"actor\":" + ben + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + activity
                + "\"},\"context\":{\"registration\":\"" + registration + "\"}}";
    }

    private static String targeting(String id, String who, String verbId, String target) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:" + who + "@example.org\"},\"verb\":{\"id\":\"" + verbId
                + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
    }

    private void store(String json) {
        var r = post(json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        sleep(); // distinct stored times for since/until
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> ids(String query) {
        var r = get(query);
        assertThat(r.statusCode()).as(query + " " + r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(r).path("statements").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    private String stored(String id) {
        return json(get("?statementId=" + id)).path("stored").asString();
    }

    @Test
    void targetingStatementsMatchRecursivelyWithinTheTimeWindow() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String unrelated = UUID.randomUUID().toString();
        String contextRef = UUID.randomUUID().toString();
        store(original(a));
        store(targeting(b, "andrew-" + run, "http://example.org/verbs/confirmed", a));
        store(targeting(c, "carol-" + run, "http://example.org/verbs/liked", b));
        store(targeting(unrelated, "dan-" + run, "http://example.org/verbs/liked", UUID.randomUUID().toString()));
        // A StatementRef in context.statement does not make a statement match (Communication 2.1.3 note).
        store("{\"id\":\"" + contextRef + "\",\"actor\":{\"mbox\":\"mailto:eve-" + run + "@example.org\"},\"verb\":{\"id\":\""
                + "http://example.org/verbs/liked\"},\"object\":{\"id\":\"http://example.org/elsewhere\"},"
                + "\"context\":{\"statement\":{\"objectType\":\"StatementRef\",\"id\":\"" + a + "\"}}}");

        for (String filter : List.of("agent=" + q(ben), "verb=" + q(verb), "activity=" + q(activity),
                "registration=" + registration, "agent=" + q(ben) + "&verb=" + q(verb) + "&activity=" + q(activity))) {
            assertThat(ids("?" + filter)).as(filter).containsExactly(c, b, a);
            assertThat(ids("?" + filter + "&ascending=true")).as(filter).containsExactly(a, b, c);
            // since/until apply to the returned (targeting) statement, not to the one it targets.
            assertThat(ids("?" + filter + "&since=" + q(stored(a)))).as(filter).containsExactly(c, b);
            assertThat(ids("?" + filter + "&until=" + q(stored(b)))).as(filter).containsExactly(b, a);
            assertThat(ids("?" + filter + "&since=" + q(stored(a)) + "&until=" + q(stored(b)))).as(filter).containsExactly(b);
        }
        // The targeting statement's own properties still match as usual, and c targets b.
        assertThat(ids("?agent=" + q("{\"mbox\":\"mailto:andrew-" + run + "@example.org\"}"))).containsExactly(c, b);
        // A query the original does not match finds no statement targeting it.
        assertThat(ids("?agent=" + q(ben) + "&verb=" + q("http://example.org/verbs/confirmed"))).isEmpty();
        // statementId returns just that statement (Communication 2.1.3: the rules do not apply).
        assertThat(json(get("?statementId=" + b)).path("id").asString()).isEqualTo(b);
    }

    @Test
    void pagingWithMoreCoversTargetingStatementsOnce() {
        List<String> expected = new ArrayList<>();
        String previous = UUID.randomUUID().toString();
        store(original(previous));
        expected.addFirst(previous);
        for (int i = 0; i < 6; i++) {
            String next = UUID.randomUUID().toString();
            store(targeting(next, "chain-" + run, "http://example.org/verbs/confirmed", previous));
            expected.addFirst(next);
            previous = next;
        }
        for (boolean ascending : new boolean[]{false, true}) {
            List<String> seen = new ArrayList<>();
            var r = get("?agent=" + q(ben) + "&limit=2" + (ascending ? "&ascending=true" : ""));
            while (true) {
                JsonNode page = json(r);
                page.path("statements").forEach(s -> seen.add(s.path("id").asString()));
                String more = page.path("more").asString("");
                if (more.isEmpty()) {
                    break;
                }
                r = send(request(more, all, "1.0.3").GET().build());
                assertThat(r.statusCode()).isEqualTo(200);
            }
            assertThat(seen).containsExactlyElementsOf(ascending ? expected.reversed() : expected);
        }
    }

    @Test
    void targetStoredLaterAndChainsWithinOneBatchAreFollowed() {
        // e targets f before f exists; then f targets the original: e and f both match.
        String e = UUID.randomUUID().toString();
        String f = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        store(targeting(e, "early-" + run, "http://example.org/verbs/liked", f));
        store(original(a));
        assertThat(ids("?verb=" + q(verb))).containsExactly(a);
        store(targeting(f, "late-" + run, "http://example.org/verbs/confirmed", a));
        assertThat(ids("?verb=" + q(verb))).containsExactly(f, a, e);

        // One batch: g -> h -> i -> original (upper-case ids as sent).
        String g = UUID.randomUUID().toString();
        String h = UUID.randomUUID().toString();
        String i = UUID.randomUUID().toString();
        String a2 = UUID.randomUUID().toString();
        var r = post("[" + targeting(g, "g-" + run, "http://example.org/verbs/liked", h.toUpperCase()) + ","
                + targeting(h, "h-" + run, "http://example.org/verbs/liked", i) + ","
                + targeting(i, "i-" + run, "http://example.org/verbs/liked", a2) + ","
                + original(a2).replace(verb, verb + "/batch") + "]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(ids("?verb=" + q(verb + "/batch") + "&ascending=true")).containsExactly(g, h, i, a2);
    }

    @Test
    void statementsTargetingAVoidedStatementAreReturnedButNotTheVoidedOne() {
        String a = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        store(original(a));
        store(targeting(b, "andrew-" + run, "http://example.org/verbs/confirmed", a));
        store(targeting(voiding, "admin-" + run, "http://adlnet.gov/expapi/verbs/voided", a));
        assertThat(ids("?activity=" + q(activity))).containsExactly(voiding, b);
        // A voided targeting statement is not returned either (Communication 2.1.4).
        String voidingB = UUID.randomUUID().toString();
        store(targeting(voidingB, "admin-" + run, "http://adlnet.gov/expapi/verbs/voided", b));
        assertThat(ids("?activity=" + q(activity))).containsExactly(voidingB, voiding);
    }

    /** Requests storing StatementRefs at the same time do not block each other (no 500 from a deadlock). */
    @Test
    void concurrentStatementRefsAreAllStoredAndFound() throws Exception {
        String a = UUID.randomUUID().toString();
        store(original(a));
        List<String> expected = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        String first = UUID.randomUUID().toString();
                        String second = UUID.randomUUID().toString();
                        var r = post("[" + targeting(first, "c-" + run, "http://example.org/verbs/confirmed", a) + ","
                                + targeting(second, "c-" + run, "http://example.org/verbs/liked", first) + "]");
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        expected.add(first);
                        expected.add(second);
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        expected.add(a);
        assertThat(ids("?activity=" + q(activity))).containsExactlyInAnyOrderElementsOf(expected);
    }
}
