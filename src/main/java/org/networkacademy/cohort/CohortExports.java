package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Dashboard.ActivityKind;
import org.networkacademy.cohort.Dashboard.Column;
import org.networkacademy.cohort.Dashboard.QuestionStats;
import org.networkacademy.cohort.Dashboard.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's tables for download (CSV or XLSX via {@link TableExport}). Access is checked by
 * {@link TrainerDashboard}: only the cohort's trainers and admins get them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortExports {

    private final TrainerDashboard dashboard;

    CohortExports(TrainerDashboard dashboard) {
        this.dashboard = dashboard;
    }

    /**
     * The learner × activity grid, sorted by name: name, institution, country, progress (number),
     * last activity (ISO 8601 UTC), then one column per activity: the score (number) for checks
     * and the final assessment once scored, else the status in words.
     *
     * @param text translates an i18n key (headings and statuses)
     */
    public TableExport grid(long cohortId, Function<String, String> text) {
        List<Column> columns = dashboard.columns(cohortId);
        var header = new ArrayList<>(List.of(text.apply("dashboard.col.name"), text.apply("dashboard.col.institution"),
                text.apply("dashboard.col.country"), text.apply("dashboard.col.progress"), text.apply("dashboard.col.last-activity")));
        columns.forEach(c -> header.add(columnLabel(c)));
        var rows = new ArrayList<List<Object>>();
        for (var r : dashboard.learners(cohortId, 0, 500, Sort.NAME, true)) {
            var row = new ArrayList<Object>(List.of(r.name(), r.institution(), r.country(), r.percent(),
                    r.lastActivity().truncatedTo(ChronoUnit.SECONDS).toString()));
            for (Column c : columns) {
                var cell = r.cell(c.key());
                row.add(cell.percent() != null ? (Object) cell.percent() : text.apply("dashboard.state." + cell.state().name()));
            }
            rows.add(row);
        }
        return new TableExport("Progress", header, rows);
    }

    /** The at-risk list: name, institution, days inactive (number), progress (number), reasons. */
    public TableExport atRisk(long cohortId, int inactiveDays, int minPercent, Function<String, String> text) {
        var header = List.of(text.apply("dashboard.col.name"), text.apply("dashboard.col.institution"),
                text.apply("risk.col.days"), text.apply("dashboard.col.progress"), text.apply("risk.col.reasons"));
        var rows = new ArrayList<List<Object>>();
        for (var a : dashboard.atRisk(cohortId, inactiveDays, minPercent)) {
            String reasons = a.reasons().stream().sorted().map(r -> text.apply("risk.reason." + r.name()))
                    .reduce((x, y) -> x + "; " + y).orElse("");
            rows.add(List.of(a.learner().name(), a.learner().institution(), a.daysInactive(), a.learner().percent(), reasons));
        }
        return new TableExport("At risk", header, rows);
    }

    /** Item analysis with the module's English texts (see {@link #itemAnalysis(long, String, Function)}). */
    public TableExport itemAnalysis(long cohortId, Function<String, String> text) {
        return table(dashboard.itemAnalysis(cohortId), text);
    }

    /**
     * Item analysis: one row per question, then per wrong option how often it was chosen.
     *
     * @param languageTag the exporting user's UI language: check and assessment titles, questions and options as
     *                    trainees of that language read them (English where not translated), as the screen shows them
     * @param text        translates an i18n key (headings)
     */
    public TableExport itemAnalysis(long cohortId, String languageTag, Function<String, String> text) {
        return table(dashboard.itemAnalysis(cohortId, languageTag), text);
    }

    private static TableExport table(List<QuestionStats> stats, Function<String, String> text) {
        var header = List.of(text.apply("items.col.set"), text.apply("items.col.question"), text.apply("items.col.answered"),
                text.apply("items.col.correct"), text.apply("items.col.wrong-option"), text.apply("items.col.chosen"));
        var rows = new ArrayList<List<Object>>();
        for (var q : stats) {
            rows.add(List.of(q.setTitle(), q.prompt(), q.answered(), q.percentCorrect(), "", ""));
            for (var w : q.wrongOptions()) {
                rows.add(List.of(q.setTitle(), q.prompt(), "", "", w.text(), w.chosen()));
            }
        }
        return new TableExport("Item analysis", header, rows);
    }

    /** @return a short column label, e.g. {@code L3 lesson}, {@code L3 check}, {@code L3 exercise}, {@code Final} */
    static String columnLabel(Column c) {
        return c.kind() == ActivityKind.FINAL ? "Final assessment"
                : "L" + c.number() + " " + c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
