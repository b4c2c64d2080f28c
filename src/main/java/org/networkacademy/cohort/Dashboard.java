package org.networkacademy.cohort;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shapes the trainer dashboard shows: immutable snapshots for one render or one grid page. */
public final class Dashboard {

    private Dashboard() {
    }

    /** Kind of a learning activity column. */
    public enum ActivityKind { LESSON, CHECK, EXERCISE, FINAL }

    /**
     * One activity column of the learner × activity grid.
     *
     * @param key    stable column key, e.g. {@code lesson:why-networks}, {@code check:kc-1}, {@code final}
     * @param kind   lesson, knowledge check, exercise or final assessment
     * @param number lesson number (1-based), 0 for the final assessment
     * @param id     content id of the lesson, question set or exercise
     * @param title  title of the activity
     */
    public record Column(String key, ActivityKind kind, int number, String id, String title) {
    }

    /** Status of one cell; shown as text and colour (never colour alone). */
    public enum CellState { NOT_STARTED, IN_PROGRESS, COMPLETED, DRAFT, SUBMITTED, ACCEPTED, RETURNED, PASSED, FAILED }

    /**
     * @param state   status
     * @param percent best score in percent for checks and the final assessment, else null
     */
    public record Cell(CellState state, Integer percent) {
        /** The empty cell. */
        public static final Cell NOT_STARTED = new Cell(CellState.NOT_STARTED, null);
    }

    /** Sort orders of the grid. */
    public enum Sort { NAME, PROGRESS, LAST_ACTIVITY }

    /**
     * One learner's row.
     *
     * @param enrolmentId      enrolment id
     * @param userId           user id
     * @param name             display name
     * @param institution      institution
     * @param country          ISO 3166-1 alpha-2
     * @param lessonsCompleted number of completed lessons
     * @param percent          completed lessons as a percentage of all lessons (0–100)
     * @param lastActivity     last learning activity (UTC)
     * @param cells            column key → cell; absent = not started
     */
    public record LearnerRow(long enrolmentId, long userId, String name, String institution, String country,
                             int lessonsCompleted, int percent, Instant lastActivity, Map<String, Cell> cells) {
        /** @return the cell of a column, "not started" when absent */
        public Cell cell(String key) {
            return cells.getOrDefault(key, Cell.NOT_STARTED);
        }
    }

    /** Why a learner is at risk. */
    public enum RiskReason { INACTIVE, FAILED_FINAL, LOW_PROGRESS }

    /**
     * @param learner      the learner's row
     * @param daysInactive whole days since the last activity
     * @param reasons      one or more reasons
     */
    public record AtRisk(LearnerRow learner, long daysInactive, Set<RiskReason> reasons) {
    }

    /**
     * Item analysis of one question over all attempts of the cohort.
     *
     * @param setId          knowledge check or final assessment id
     * @param setTitle       its title
     * @param questionId     question id
     * @param prompt         question text
     * @param answered       answers given (unanswered final assessment questions not counted)
     * @param correct        correct answers
     * @param percentCorrect correct answers in percent of answers, 0 when none
     * @param wrongOptions   every wrong option with how often it was chosen, in display order
     */
    public record QuestionStats(String setId, String setTitle, String questionId, String prompt, int answered,
                                int correct, int percentCorrect, List<WrongOption> wrongOptions) {
    }

    /**
     * @param optionId option id
     * @param text     option text
     * @param chosen   how often it was chosen
     */
    public record WrongOption(String optionId, String text, int chosen) {
    }

    /**
     * Cohort averages of the readiness self-assessment.
     *
     * @param pre       dimension id → mean before the module (1–5), empty when nobody took it
     * @param preCount  learners who took it before
     * @param post      dimension id → mean after the module
     * @param postCount learners who took it after
     */
    public record Readiness(Map<String, BigDecimal> pre, int preCount, Map<String, BigDecimal> post, int postCount) {
    }

    /**
     * An exercise answer waiting for review, or reviewed.
     *
     * @param submissionId submission id
     * @param learnerName  the learner's name
     * @param lessonNumber lesson number
     * @param lessonTitle  lesson title
     * @param exerciseTitle exercise title
     * @param prompt       the exercise prompt
     * @param answer       the learner's text
     * @param submittedAt  when submitted (UTC)
     */
    public record ReviewItem(long submissionId, String learnerName, int lessonNumber, String lessonTitle,
                             String exerciseTitle, String prompt, String answer, Instant submittedAt) {
    }
}
