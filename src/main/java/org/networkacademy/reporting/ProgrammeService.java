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
import java.util.List;

/**
 * The programme dashboard's figures (admin): enrolled, active, completed, certified and final
 * assessment pass rate of a module, in total and by country, institution and month of enrolment.
 * Four aggregate SQL queries over the state tables ({@code enrolment}, {@code app_user},
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

    /** The query, with {@code %s} for the grouping expression. Parameters: active-since, module. */
    static final String QUERY = """
            SELECT %s AS k,
                   COUNT(*) AS enrolled,
                   COALESCE(SUM(e.last_activity_at >= ?), 0) AS active,
                   COALESCE(SUM(e.status = 'COMPLETED'), 0) AS completed,
                   COALESCE(SUM(c.status = 'VALID'), 0) AS certified,
                   COALESCE(SUM(f.enrolment_id IS NOT NULL), 0) AS took_final,
                   COALESCE(SUM(f.passed = 1), 0) AS passed_final
            FROM enrolment e
            JOIN app_user u ON u.id = e.user_id
            LEFT JOIN certificate c ON c.enrolment_id = e.id
            LEFT JOIN (SELECT enrolment_id, MAX(passed) AS passed FROM attempt
                       WHERE kind = 'FINAL_ASSESSMENT' AND status = 'SUBMITTED' GROUP BY enrolment_id) f
                   ON f.enrolment_id = e.id
            WHERE e.module_id = ?
            %s""";

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
        ProgrammeFigures.Row total = rows("''", "", module).getFirst();
        return new ProgrammeFigures(total,
                rows("u.country", "GROUP BY u.country ORDER BY enrolled DESC, k", module),
                rows("u.institution", "GROUP BY u.institution ORDER BY enrolled DESC, k LIMIT " + TOP, module),
                rows("DATE_FORMAT(e.enrolled_at, '%Y-%m')", "GROUP BY k ORDER BY k", module));
    }

    private List<ProgrammeFigures.Row> rows(String key, String tail, String module) {
        Timestamp since = Timestamp.from(clock.instant().minus(ACTIVE_WINDOW));
        return jdbc.query(QUERY.formatted(key, tail), (rs, i) -> new ProgrammeFigures.Row(rs.getString("k"), rs.getLong("enrolled"),
                rs.getLong("active"), rs.getLong("completed"), rs.getLong("certified"), rs.getLong("took_final"),
                rs.getLong("passed_final")), since, module);
    }
}
