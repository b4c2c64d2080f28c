package org.networkacademy.reporting;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The programme dashboard's figures (admin): enrolled, active, completed, certified and final
 * assessment pass rate of a module, in total and by country, institution and month of enrolment.
 * One SQL query over the state tables ({@code enrolment}, {@code app_user},
 * {@code certificate}, {@code attempt}); the statement table is not read. Cohort breakdowns come
 * with the cohort feature.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.ADMIN)
public class ProgrammeService {

    /** Longest list of institutions shown. */
    public static final int TOP = 20;
    /** An enrolment counts as active when its last learning activity is this recent. */
    public static final Duration ACTIVE_WINDOW = Duration.ofDays(30);
    /** Key of the enrolments that belong to no cohort (self-enrolled trainees). */
    public static final String NO_COHORT = "—";

    /**
     * The one query: a compact row per enrolment (its learner's country and institution, month of
     * enrolment, cohort and five flags), aggregated in Java into the total and the four breakdowns, so the
     * joins run once rather than once per breakdown. Parameters: active-since, module.
     */
    static final String QUERY = """
            SELECT u.country, u.institution, DATE_FORMAT(e.enrolled_at, '%Y-%m') AS month, co.id AS cohort_id, co.name AS cohort_name,
                   e.last_activity_at >= ? AS active,
                   e.status = 'COMPLETED' AS completed,
                   COALESCE(c.status = 'VALID', FALSE) AS certified,
                   f.enrolment_id IS NOT NULL AS took_final,
                   COALESCE(f.passed = 1, FALSE) AS passed_final
            FROM enrolment e
            JOIN app_user u ON u.id = e.user_id
            LEFT JOIN cohort co ON co.id = e.cohort_id
            LEFT JOIN certificate c ON c.enrolment_id = e.id
            LEFT JOIN (SELECT enrolment_id, MAX(passed) AS passed FROM attempt
                       WHERE kind = 'FINAL_ASSESSMENT' AND status = 'SUBMITTED' GROUP BY enrolment_id) f
                   ON f.enrolment_id = e.id
            WHERE e.module_id = ?""";

    private final JdbcTemplate jdbc;
    private final CourseCatalog catalog;
    private final Clock clock;

    ProgrammeService(JdbcTemplate jdbc, CourseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param moduleId the module
     * @return its figures now
     * @throws java.util.NoSuchElementException for an unknown module
     */
    public ProgrammeFigures figures(String moduleId) {
        String module = catalog.require(moduleId).id();
        var total = new Counter("");
        var countries = new HashMap<String, Counter>();
        var institutions = new HashMap<String, Counter>();
        var months = new HashMap<String, Counter>();
        var cohorts = new HashMap<String, Counter>();
        var cohortIds = new HashMap<String, Long>();
        Timestamp since = Timestamp.from(clock.instant().minus(ACTIVE_WINDOW));
        jdbc.query(QUERY, rs -> {
            boolean[] flags = {rs.getBoolean("active"), rs.getBoolean("completed"), rs.getBoolean("certified"),
                    rs.getBoolean("took_final"), rs.getBoolean("passed_final")};
            total.add(flags);
            countries.computeIfAbsent(rs.getString("country"), Counter::new).add(flags);
            institutions.computeIfAbsent(rs.getString("institution"), Counter::new).add(flags);
            months.computeIfAbsent(rs.getString("month"), Counter::new).add(flags);
            long cohortId = rs.getLong("cohort_id");
            String cohortKey = rs.wasNull() ? NO_COHORT : rs.getString("cohort_name") + " (#" + cohortId + ")";
            if (!NO_COHORT.equals(cohortKey)) {
                cohortIds.put(cohortKey, cohortId);
            }
            cohorts.computeIfAbsent(cohortKey, Counter::new).add(flags);
        }, since, module);
        Comparator<ProgrammeFigures.Row> biggest = Comparator.comparingLong(ProgrammeFigures.Row::enrolled).reversed()
                .thenComparing(ProgrammeFigures.Row::key);
        return new ProgrammeFigures(total.row(),
                countries.values().stream().map(Counter::row).sorted(biggest).toList(),
                institutions.values().stream().map(Counter::row).sorted(biggest).limit(TOP).toList(),
                months.values().stream().map(Counter::row).sorted(Comparator.comparing(ProgrammeFigures.Row::key)).toList(),
                cohorts.values().stream().map(Counter::row).sorted(biggest).toList(), Map.copyOf(cohortIds));
    }

    /** Running counts of one group. */
    private static final class Counter {
        private final String key;
        private final long[] n = new long[6];

        Counter(String key) {
            this.key = key;
        }

        void add(boolean[] flags) {
            n[0]++;
            for (int i = 0; i < flags.length; i++) {
                n[i + 1] += flags[i] ? 1 : 0;
            }
        }

        ProgrammeFigures.Row row() {
            return new ProgrammeFigures.Row(key, n[0], n[1], n[2], n[3], n[4], n[5]);
        }
    }
}
