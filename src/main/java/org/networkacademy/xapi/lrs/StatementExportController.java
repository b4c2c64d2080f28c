package org.networkacademy.xapi.lrs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
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
 * Written on the request's own thread, with no time limit: an asynchronous body (Spring's
 * {@code StreamingResponseBody}) is cut off silently at the async request timeout (30 s), which truncated
 * exports of a few hundred thousand statements. A failure after the first bytes aborts the response
 * (the chunked body has no end), so a client never takes a cut-off file for a complete one.
 */
@RestController
class StatementExportController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementExportController.class);
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
    void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LrsParameters.check(request, ALLOWED, "the export");
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        params.put("ascending", "true");
        String cohort = params.remove("cohort");
        java.util.List<StatementQuery> parts;
        if (cohort == null) {
            parts = java.util.List.of(StatementQuery.parse(params, XapiVersion.V1_0_3));
        } else {
            if (!cohort.matches("\\d{1,18}")) {
                throw new LrsRequestException(400, "cohort: must be a cohort id (a whole number), not '" + shorten(cohort) + "'");
            }
            if (params.containsKey("registration")) {
                throw new LrsRequestException(400, "cohort: cannot be combined with registration (a cohort stands for its enrolments' registrations)");
            }
            if (jdbc.queryForList("SELECT id FROM cohort WHERE id = ?", Long.class, Long.parseLong(cohort)).isEmpty()) {
                throw new LrsRequestException(400, "cohort: no cohort with id " + cohort);
            }
            // one query per registration of the cohort: each uses the registration index
            parts = jdbc.queryForList("SELECT registration FROM enrolment WHERE cohort_id = ? ORDER BY id", String.class,
                    Long.parseLong(cohort)).stream().map(registration -> {
                        var p = new LinkedHashMap<>(params);
                        p.put("registration", registration);
                        return StatementQuery.parse(p, XapiVersion.V1_0_3);
                    }).toList();
        }
        if (!parts.isEmpty() && parts.getFirst().since() != null && parts.getFirst().until() != null
                && !parts.getFirst().since().isBefore(parts.getFirst().until())) {
            // an empty file would pass for "nothing happened then"
            throw new LrsRequestException(400, "since: must be before until (since " + parts.getFirst().since()
                    + ", until " + parts.getFirst().until() + ")");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.parseMediaType("application/x-ndjson").toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statements.jsonl\"");
        OutputStream out = response.getOutputStream();
        try {
            for (StatementQuery query : parts) {
                write(query, out);
            }
            out.flush();
        } catch (UncheckedIOException e) {
            // the client went away (e.g. `curl … | head`): nothing to answer, and not a server error
            log.debug("Export aborted by the client: {}", e.getCause().toString());
        }
    }

    /** @return the value cut to 40 characters, for a message */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
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
