package org.networkacademy.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Dashboard.ActivityKind;
import org.networkacademy.cohort.Dashboard.AtRisk;
import org.networkacademy.cohort.Dashboard.Cell;
import org.networkacademy.cohort.Dashboard.CellState;
import org.networkacademy.cohort.Dashboard.Column;
import org.networkacademy.cohort.Dashboard.LearnerRow;
import org.networkacademy.cohort.Dashboard.QuestionStats;
import org.networkacademy.cohort.Dashboard.Readiness;
import org.networkacademy.cohort.Dashboard.RiskReason;
import org.networkacademy.cohort.Dashboard.Sort;
import org.networkacademy.cohort.Dashboard.WrongOption;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionSet;
import org.networkacademy.content.SelfAssessment;
import org.networkacademy.learning.Scoring;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trainer's view of a cohort: the learner × activity grid (paged, sorted), the at-risk list,
 * item analysis and readiness averages. Read-only; every method checks that the current user
 * trains the cohort (or is an admin).
 *
 * <p>Performance: a grid page costs a fixed number of SQL queries whatever its size (one for the
 * learners of the page, one each for their lesson progress, attempts and exercise answers), never
 * one per cell or per learner. See {@code docs/benchmarks.md}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class TrainerDashboard {

    private final CohortAccess access;
    private final CourseCatalog catalog;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final CohortRepository cohorts;
    private final NotificationRepository notifications;

    TrainerDashboard(CohortAccess access, CourseCatalog catalog, NamedParameterJdbcTemplate jdbc, Clock clock,
                     CohortRepository cohorts, NotificationRepository notifications) {
        this.access = access;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cohorts = cohorts;
        this.notifications = notifications;
    }

    /**
     * Runs every query of opening the dashboard once, for no cohort (id 0) and no user: nothing is
     * read and nothing returned. Called at start-up (see {@code DashboardWarmUp}) so that the first
     * trainer after a restart does not pay for Hibernate's first interpretation of these queries
     * and the first execution of their code.
     */
    @PermitAll
    public void warmUp() {
        cohorts.findById(0L);
        notifications.countByUserIdAndReadAtIsNull(0L);
        cohorts.countLearners(0L);
        CourseModule module = catalog.defaultModule();
        for (Sort sort : Sort.values()) {
            page(0L, 0, 50, sort, true);
        }
        cells(List.of(0L), module);
    }

    /** @return the grid's activity columns of the cohort's module: per lesson the lesson, its check and its exercise, then the final assessment */
    public List<Column> columns(long cohortId) {
        return columnsOf(module(access.requireTrainerOf(cohortId)));
    }

    /**
     * @param languageTag the trainer's UI language: the activities' titles as trainees of that language read them
     * @return the grid's activity columns of the cohort's module (see {@link #columns(long)}); keys and ids are the same
     */
    public List<Column> columns(long cohortId, String languageTag) {
        return columnsOf(module(access.requireTrainerOf(cohortId)).in(languageTag));
    }

    /** @return the grid's activity columns of a module (see {@link #columns(long)}) */
    public static List<Column> columnsOf(CourseModule module) {
        var out = new ArrayList<Column>();
        for (Lesson l : module.lessons()) {
            out.add(new Column("lesson:" + l.id(), ActivityKind.LESSON, l.number(), l.id(), l.title()));
            out.add(new Column("check:" + l.knowledgeCheck().id(), ActivityKind.CHECK, l.number(), l.knowledgeCheck().id(), l.knowledgeCheck().title()));
            out.add(new Column("exercise:" + l.exercise().id(), ActivityKind.EXERCISE, l.number(), l.exercise().id(), l.exercise().title()));
        }
        var fa = module.finalAssessment();
        out.add(new Column("final", ActivityKind.FINAL, 0, fa.id(), fa.title()));
        return List.copyOf(out);
    }

    /** @return number of learners enrolled in the cohort */
    public int learnerCount(long cohortId) {
        access.requireTrainerOf(cohortId);
        return (int) cohorts.countLearners(cohortId);
    }

    /**
     * One page of the learner × activity grid.
     *
     * @param offset    first row, from 0
     * @param limit     rows, at most 500
     * @param sort      sort column; ties broken by name, then enrolment
     * @param ascending sort direction
     */
    public List<LearnerRow> learners(long cohortId, int offset, int limit, Sort sort, boolean ascending) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        return rows(cohort, module(cohort), Math.max(0, offset), Math.min(Math.max(limit, 0), 500), sort, ascending);
    }

    /**
     * Learners at risk: no activity for {@code inactiveDays} days or more, failed the final
     * assessment (submitted, never passed), or progress below {@code minPercent} %.
     *
     * @param inactiveDays days without activity, from 1
     * @param minPercent   progress threshold 0–100
     * @return learners with at least one reason, longest inactive first
     */
    public List<AtRisk> atRisk(long cohortId, int inactiveDays, int minPercent) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        CourseModule module = module(cohort);
        Instant now = clock.instant();
        var out = new ArrayList<AtRisk>();
        for (LearnerRow r : rows(cohort, module, 0, Integer.MAX_VALUE, Sort.LAST_ACTIVITY, true)) {
            long days = Duration.between(r.lastActivity(), now).toDays();
            var reasons = EnumSet.noneOf(RiskReason.class);
            if (days >= inactiveDays) reasons.add(RiskReason.INACTIVE);
            if (r.cell("final").state() == CellState.FAILED) reasons.add(RiskReason.FAILED_FINAL);
            if (r.percent() < minPercent) reasons.add(RiskReason.LOW_PROGRESS);
            if (!reasons.isEmpty()) {
                out.add(new AtRisk(r, days, Set.copyOf(reasons)));
            }
        }
        return out;
    }

    /**
     * Item analysis of every knowledge check and the final assessment over all submitted and
     * open attempts of the cohort's learners.
     *
     * @return one entry per question, in module order, with the module's English texts
     */
    public List<QuestionStats> itemAnalysis(long cohortId) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        return itemAnalysis(cohortId, module(cohort));
    }

    /**
     * @param languageTag the trainer's UI language: check and assessment titles, questions and options as trainees
     *                    of that language read them (English where not translated); ids and counts are the same
     * @return item analysis of the cohort (see {@link #itemAnalysis(long)})
     */
    public List<QuestionStats> itemAnalysis(long cohortId, String languageTag) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        return itemAnalysis(cohortId, module(cohort).in(languageTag));
    }

    /** A translated module has the English file's ids and correct options, so counting and scoring do not depend on its language. */
    private List<QuestionStats> itemAnalysis(long cohortId, CourseModule module) {
        // key set|question -> response -> count ; correctness is recomputed from the content
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        jdbc.query("""
                SELECT a.assessment_id, aa.question_id, aa.response, COUNT(*) AS n
                FROM attempt_answer aa JOIN attempt a ON a.id = aa.attempt_id JOIN enrolment e ON e.id = a.enrolment_id
                WHERE e.cohort_id = :c AND a.kind IN ('KNOWLEDGE_CHECK', 'FINAL_ASSESSMENT')
                GROUP BY a.assessment_id, aa.question_id, aa.response""", Map.of("c", cohortId), rs -> {
            counts.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new HashMap<>())
                    .merge(rs.getString(3), rs.getInt(4), Integer::sum);
        });
        var sets = new ArrayList<QuestionSet>();
        module.lessons().forEach(l -> sets.add(l.knowledgeCheck()));
        sets.add(module.finalAssessment());
        var out = new ArrayList<QuestionStats>();
        for (QuestionSet set : sets) {
            for (Question q : set.questions()) {
                Map<String, Integer> responses = counts.getOrDefault(set.id() + "|" + q.id(), Map.of());
                int answered = 0;
                int correct = 0;
                Map<String, Integer> chosen = new HashMap<>();
                for (var e : responses.entrySet()) {
                    Set<String> ids = Scoring.optionIds(e.getKey());
                    if (ids.isEmpty()) {
                        continue; // unanswered in a final assessment
                    }
                    answered += e.getValue();
                    if (q.isCorrect(ids)) correct += e.getValue();
                    ids.forEach(id -> chosen.merge(id, e.getValue(), Integer::sum));
                }
                List<WrongOption> wrong = q.options().stream().filter(o -> !o.correct())
                        .map(o -> new WrongOption(o.id(), o.text(), chosen.getOrDefault(o.id(), 0))).toList();
                out.add(new QuestionStats(set.id(), set.title(), q.id(), q.prompt(), answered, correct,
                        answered == 0 ? 0 : Scoring.percent(correct, answered), wrong));
            }
        }
        return out;
    }

    /** @return cohort mean per readiness dimension, before and after the module */
    public Readiness readiness(long cohortId) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        SelfAssessment instrument = module(cohort).selfAssessment();
        Map<String, Map<String, BigDecimal>> itemMeans = new HashMap<>();
        Map<String, Integer> learners = new HashMap<>();
        jdbc.query("""
                SELECT a.phase, aa.question_id, AVG(CAST(aa.response AS DECIMAL(9, 3))) AS mean, COUNT(DISTINCT a.id) AS n
                FROM attempt_answer aa JOIN attempt a ON a.id = aa.attempt_id JOIN enrolment e ON e.id = a.enrolment_id
                WHERE e.cohort_id = :c AND a.kind = 'SELF_ASSESSMENT' AND a.assessment_id = :s AND a.status = 'SUBMITTED'
                GROUP BY a.phase, aa.question_id""", Map.of("c", cohortId, "s", instrument.id()), rs -> {
            itemMeans.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
            learners.merge(rs.getString(1), rs.getInt(4), Math::max);
        });
        return new Readiness(dimensionMeans(instrument, itemMeans.get("PRE")), learners.getOrDefault("PRE", 0),
                dimensionMeans(instrument, itemMeans.get("POST")), learners.getOrDefault("POST", 0));
    }

    /** Every learner answers every item, so the mean of learner means per dimension is the mean of item means. */
    private static Map<String, BigDecimal> dimensionMeans(SelfAssessment instrument, Map<String, BigDecimal> items) {
        var out = new LinkedHashMap<String, BigDecimal>();
        if (items == null) {
            return out;
        }
        for (SelfAssessment.Dimension d : instrument.dimensions()) {
            var values = d.items().stream().map(i -> items.get(i.id())).filter(java.util.Objects::nonNull).toList();
            if (!values.isEmpty()) {
                out.put(d.id(), values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the grid's queries

    /** One learner of a page, before their cells are added. */
    private record Base(long enrolmentId, long userId, String name, String institution, String country, int done, Instant last) {
    }

    private List<LearnerRow> rows(Cohort cohort, CourseModule module, int offset, int limit, Sort sort, boolean ascending) {
        List<Base> base = page(cohort.getId(), offset, limit, sort, ascending);
        if (base.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Cell>> cells = cells(base.stream().map(Base::enrolmentId).toList(), module);
        int lessons = module.lessons().size();
        return base.stream().map(b -> new LearnerRow(b.enrolmentId(), b.userId(), b.name(), b.institution(), b.country(),
                b.done(), Scoring.percent(b.done(), lessons), b.last(), Map.copyOf(cells.get(b.enrolmentId())))).toList();
    }

    /** The learners of one page with their number of completed lessons (so that sorting by progress happens in SQL). */
    private List<Base> page(long cohortId, int offset, int limit, Sort sort, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        String order = switch (sort) {
            case NAME -> "u.display_name " + dir + ", e.id";
            case PROGRESS -> "done " + dir + ", u.display_name, e.id";
            case LAST_ACTIVITY -> "e.last_activity_at " + dir + ", u.display_name, e.id";
        };
        var params = new MapSqlParameterSource("c", cohortId).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("""
                SELECT e.id, e.user_id, u.display_name, u.institution, u.country, e.last_activity_at,
                       (SELECT COUNT(*) FROM lesson_progress p WHERE p.enrolment_id = e.id AND p.status = 'COMPLETED') AS done
                FROM enrolment e JOIN app_user u ON u.id = e.user_id
                WHERE e.cohort_id = :c
                ORDER BY \s""" + order + " LIMIT :limit OFFSET :offset", params,
                (rs, i) -> new Base(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(7), rs.getTimestamp(6).toInstant()));
    }

    /** @return enrolment id → column key → cell, for the given enrolments (three queries, whatever their number) */
    private Map<Long, Map<String, Cell>> cells(List<Long> ids, CourseModule module) {
        Map<Long, Map<String, Cell>> cells = new HashMap<>();
        ids.forEach(id -> cells.put(id, new HashMap<>()));
        var in = new MapSqlParameterSource("ids", ids);

        jdbc.query("SELECT enrolment_id, lesson_id, status FROM lesson_progress WHERE enrolment_id IN (:ids)", in, rs -> {
            cells.get(rs.getLong(1)).put("lesson:" + rs.getString(2),
                    new Cell("COMPLETED".equals(rs.getString(3)) ? CellState.COMPLETED : CellState.IN_PROGRESS, null));
        });
        String finalId = module.finalAssessment().id();
        jdbc.query("""
                SELECT enrolment_id, assessment_id,
                       MAX(CASE WHEN status = 'SUBMITTED' THEN ROUND(score_raw * 100 / score_max) END) AS best,
                       MAX(CASE WHEN status = 'SUBMITTED' THEN passed END) AS passed,
                       SUM(status = 'SUBMITTED') AS submitted
                FROM attempt WHERE enrolment_id IN (:ids) AND kind IN ('KNOWLEDGE_CHECK', 'FINAL_ASSESSMENT')
                GROUP BY enrolment_id, assessment_id""", in, rs -> {
            String key = finalId.equals(rs.getString(2)) ? "final" : "check:" + rs.getString(2);
            Cell cell;
            if (rs.getInt(5) == 0) {
                cell = new Cell(CellState.IN_PROGRESS, null);
            } else {
                int best = rs.getInt(3);
                cell = new Cell(rs.getBoolean(4) ? CellState.PASSED : CellState.FAILED, best);
            }
            cells.get(rs.getLong(1)).put(key, cell);
        });
        jdbc.query("SELECT enrolment_id, exercise_id, status, review_status FROM exercise_submission WHERE enrolment_id IN (:ids)", in, rs -> {
            String review = rs.getString(4);
            CellState state = review == null ? ("SUBMITTED".equals(rs.getString(3)) ? CellState.SUBMITTED : CellState.DRAFT)
                    : switch (review) {
                        case "ACCEPTED" -> CellState.ACCEPTED;
                        case "RETURNED" -> CellState.RETURNED;
                        default -> CellState.SUBMITTED;
                    };
            cells.get(rs.getLong(1)).put("exercise:" + rs.getString(2), new Cell(state, null));
        });
        return cells;
    }

    private CourseModule module(Cohort cohort) {
        return catalog.require(cohort.getModuleId());
    }
}
