package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.XapiJson;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON Lines export through HTTP: filters, order, scope. */
class StatementExportHttpTest extends AbstractLrsHttpTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.networkacademy.account.AccountService accounts;

    @Test
    void exportsMatchingStatementsOnePerLineOldestFirst() {
        String tag = UUID.randomUUID().toString();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 1205; i++) {
            batch.add("""
                    {"actor":{"mbox":"mailto:e-%s@example.org"},"verb":{"id":"http://example.org/verbs/%s"},
                     "object":{"id":"http://example.org/e/%d"},"result":{"duration":"PT1H0.5S"}}"""
                    .formatted(tag, i % 2 == 0 ? "even" : "odd", i));
        }
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < batch.size(); b += 100) {
            json(post("[" + String.join(",", batch.subList(b, Math.min(batch.size(), b + 100))) + "]")).forEach(n -> ids.add(n.asString()));
        }
        String agent = q("{\"mbox\":\"mailto:e-" + tag + "@example.org\"}");
        var all = send(request("/xapi/export/statements.jsonl?agent=" + agent, this.all, null).GET().build());
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        List<String> lines = all.body().lines().toList();
        assertThat(lines).hasSize(1205);
        assertThat(lines.stream().map(l -> XapiJson.readTree(l).path("id").asString()).toList()).isEqualTo(ids);
        assertThat(lines.getFirst()).contains("\"PT1H0.5S\"");
        var even = send(request("/xapi/export/statements.jsonl?agent=" + agent + "&verb=" + q("http://example.org/verbs/even"), this.all, null).GET().build());
        assertThat(even.body().lines().count()).isEqualTo(603);
        assertThat(send(request("/xapi/export/statements.jsonl", credentials(LrsScope.STATEMENTS_READ), null).GET().build()).statusCode())
                .isEqualTo(403);
        assertThat(send(request("/xapi/export/statements.jsonl?bogus=1", this.all, null).GET().build()).statusCode()).isEqualTo(400);
    }

    /**
     * Trial: a repeated parameter used its first value silently; a bad cohort id was said to be combined with
     * registration; the allowed names came in random order; since after until gave an empty file.
     */
    @Test
    void badExportFiltersAreRefusedWithAMessageNamingTheParameter() {
        var repeated = send(request("/xapi/export/statements.jsonl?since=2026-11-30T02:24:00Z&since=2026-11-30T02:26:30Z", all, null).GET().build());
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(json(repeated).path("error").asString()).isEqualTo("since: given 2 times; each parameter takes one value");

        var badCohort = send(request("/xapi/export/statements.jsonl?cohort=abc", all, null).GET().build());
        assertThat(badCohort.statusCode()).isEqualTo(400);
        assertThat(json(badCohort).path("error").asString()).startsWith("cohort: must be a cohort id").doesNotContain("registration");
        var both = send(request("/xapi/export/statements.jsonl?cohort=1&registration=" + UUID.randomUUID(), all, null).GET().build());
        assertThat(json(both).path("error").asString()).startsWith("cohort: cannot be combined with registration");

        var unknown = send(request("/xapi/export/statements.jsonl?bogus=1", all, null).GET().build());
        assertThat(json(unknown).path("error").asString()).isEqualTo("bogus: unknown parameter for the export (allowed: activity, agent, "
                + "cohort, registration, related_activities, related_agents, since, until, verb)");

        var backwards = send(request("/xapi/export/statements.jsonl?since=2026-11-30T03:00:00Z&until=2026-11-30T02:00:00Z", all, null).GET().build());
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json(backwards).path("error").asString()).startsWith("since: must be before until");
    }

    @Test
    void aRepeatedQueryParameterIsRefusedByTheStatementAndDocumentResources() {
        var statements = send(request("/xapi/statements?limit=1&limit=2", all, "1.0.3").GET().build());
        assertThat(statements.statusCode()).isEqualTo(400);
        assertThat(json(statements).path("error").asString()).isEqualTo("limit: given 2 times; each parameter takes one value");
        var activities = send(request("/xapi/activities?activityId=" + q("http://example.org/a") + "&activityId=" + q("http://example.org/b"),
                all, "1.0.3").GET().build());
        assertThat(activities.statusCode()).isEqualTo(400);
        assertThat(json(activities).path("error").asString()).startsWith("activityId: given 2 times");
    }

    @Test
    void anUnknownCohortIsABadRequestNotAnEmptyFile() {
        var r = send(request("/xapi/export/statements.jsonl?cohort=987654321", all, null).GET().build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("cohort").contains("987654321");
    }

    @Test
    void exportsTheStatementsOfOneCohort() {
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES ('Export cohort', 'tsi-networks', 'en', 'OPEN', ?, ?, 0)", code, now);
        long cohort = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var user = accounts.register(new org.networkacademy.account.Registration("Export " + i,
                    "x-" + UUID.randomUUID() + "@example.org", "correct-horse-battery", "TPO", "KE"));
            String registration = UUID.randomUUID().toString();
            registrations.add(registration);
            jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) VALUES (?, ?, 'tsi-networks', 'IN_PROGRESS', ?, ?, ?, 0)",
                    registration, user.getId(), now, now, cohort);
        }
        String outsider = UUID.randomUUID().toString();
        String mbox = "mailto:cohort-" + UUID.randomUUID() + "@example.org";
        for (String registration : List.of(registrations.get(0), registrations.get(1), registrations.get(1), outsider)) {
            json(post("""
                    {"actor":{"mbox":"%s"},"verb":{"id":"http://example.org/verbs/did"},
                     "object":{"id":"http://example.org/c"},"context":{"registration":"%s"}}""".formatted(mbox, registration)));
        }
        var export = send(request("/xapi/export/statements.jsonl?cohort=" + cohort, this.all, null).GET().build());
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        List<String> seen = export.body().lines().map(l -> XapiJson.readTree(l).path("context").path("registration").asString()).toList();
        assertThat(seen).containsExactly(registrations.get(0), registrations.get(1), registrations.get(1));
        assertThat(send(request("/xapi/export/statements.jsonl?cohort=abc", this.all, null).GET().build()).statusCode()).isEqualTo(400);
    }
}
