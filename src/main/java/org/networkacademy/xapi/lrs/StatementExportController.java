package org.networkacademy.xapi.lrs;

import jakarta.servlet.http.HttpServletRequest;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bulk export of statements as JSON Lines ({@code application/x-ndjson}: one stored statement per
 * line, oldest first) at {@code GET /xapi/export/statements.jsonl}, for data teams. Filters as the
 * Statement Resource: {@code since}, {@code until} (stored time), {@code verb}, {@code activity},
 * {@code agent} (learner), {@code registration}, {@code related_agents}, {@code related_activities},
 * and {@code cohort} (a cohort id: the statements of its enrolments' registrations, learner by
 * learner, each oldest first).
 * Streamed in keyset pages of {@value #PAGE} rows, so memory does not grow with the number of
 * statements. Needs LRS credentials with scope {@code all} or {@code all/read}; no version header.
 */
@RestController
class StatementExportController {

    private static final int PAGE = 1000;
    private static final Set<String> ALLOWED = Set.of("since", "until", "verb", "activity", "agent", "registration",
            "related_agents", "related_activities", "cohort");

    private final StatementQueryRepository queries;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    StatementExportController(StatementQueryRepository queries, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @GetMapping("/xapi/export/statements.jsonl")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!ALLOWED.contains(k)) {
                throw new LrsRequestException(400, k + ": unknown export parameter (allowed: " + ALLOWED + ")");
            }
            params.put(k, v[0]);
        });
        params.put("ascending", "true");
        String cohort = params.remove("cohort");
        java.util.List<StatementQuery> parts;
        if (cohort == null) {
            parts = java.util.List.of(StatementQuery.parse(params, XapiVersion.V1_0_3));
        } else {
            if (!cohort.matches("\\d{1,18}") || params.containsKey("registration")) {
                throw new LrsRequestException(400, "cohort: must be a cohort id, and cannot be combined with registration");
            }
            // one query per registration of the cohort: each uses the registration index
            parts = jdbc.queryForList("SELECT registration FROM enrolment WHERE cohort_id = ? ORDER BY id", String.class,
                    Long.parseLong(cohort)).stream().map(registration -> {
                        var p = new LinkedHashMap<>(params);
                        p.put("registration", registration);
                        return StatementQuery.parse(p, XapiVersion.V1_0_3);
                    }).toList();
        }
        StreamingResponseBody body = out -> parts.forEach(query -> write(query, out));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statements.jsonl\"")
                .body(body);
    }

    private void write(StatementQuery query, OutputStream out) {
        long[] after = {-1};
        int[] rows = new int[1];
        do {
            rows[0] = 0;
            queries.query(query, after[0] < 0 ? null : after[0], PAGE, null, row -> {
                try {
                    out.write(row.json().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
                after[0] = row.seq();
                rows[0]++;
            });
        } while (rows[0] == PAGE);
    }
}
