package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Dashboard.ReviewItem;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.learning.CohortEnrolments;
import org.networkacademy.learning.Enrolment;
import org.networkacademy.learning.ExerciseSubmission;
import org.networkacademy.xapi.StatementIds;
import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.XapiProfile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exercise review: the trainer's queue of submitted answers, "accept" or "return for revision"
 * with feedback (each step an xAPI statement and an in-app notification to the learner, stored in
 * one transaction), and the learner's own list of feedback.
 */
@Service
@Transactional
public class ExerciseReviews {

    /** Longest feedback accepted, in characters. */
    public static final int MAX_FEEDBACK_LENGTH = 10_000;

    private final CohortAccess access;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final CohortEnrolments enrolments;
    private final CohortRepository cohorts;
    private final CohortStatements statements;
    private final StatementStore store;
    private final Notifications notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ExerciseReviews(CohortAccess access, AccountService accounts, CourseCatalog catalog, CohortEnrolments enrolments,
                    CohortRepository cohorts, CohortStatements statements, StatementStore store,
                    Notifications notifications, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.statements = statements;
        this.store = store;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return answers of the cohort's learners waiting for review, oldest first, with the module's English texts */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public List<ReviewItem> queue(long cohortId) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        return queue(cohort, catalog.require(cohort.getModuleId()));
    }

    /**
     * @param languageTag the trainer's UI language: lesson and exercise titles and the prompt as trainees of that
     *                    language read them (English where not translated)
     * @return answers of the cohort's learners waiting for review, oldest first (see {@link #queue(long)})
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public List<ReviewItem> queue(long cohortId, String languageTag) {
        Cohort cohort = access.requireTrainerOf(cohortId);
        return queue(cohort, catalog.require(cohort.getModuleId()).in(languageTag));
    }

    private List<ReviewItem> queue(Cohort cohort, CourseModule module) {
        long cohortId = cohort.getId();
        return jdbc.query("""
                SELECT s.id, u.display_name, s.lesson_id, s.answer_text, s.submitted_at
                FROM exercise_submission s JOIN enrolment e ON e.id = s.enrolment_id JOIN app_user u ON u.id = e.user_id
                WHERE e.cohort_id = :c AND s.review_status = 'PENDING' AND s.status = 'SUBMITTED'
                ORDER BY s.submitted_at, s.id""", Map.of("c", cohortId), (rs, i) -> {
            Lesson lesson = module.lesson(rs.getString(3)).orElseThrow();
            return new ReviewItem(rs.getLong(1), rs.getString(2), lesson.number(), lesson.title(), lesson.exercise().title(),
                    lesson.exercise().prompt(), rs.getString(4), rs.getTimestamp(5).toInstant());
        });
    }

    /**
     * Accepts an answer or returns it for revision. Records "accepted" or "returned for revision"
     * (actor: the trainer) and notifies the learner.
     *
     * @param submissionId the answer
     * @param accepted     true = accept, false = return for revision
     * @param feedback     feedback to the learner; required when returning
     * @throws AccessDeniedException    when the current user does not train the learner's cohort
     * @throws IllegalArgumentException {@code review.error.feedback-required}, {@code review.error.too-long}
     * @throws IllegalStateException    {@code review.error.not-pending} when it was reviewed already
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public ExerciseSubmission review(long submissionId, boolean accepted, String feedback) {
        String text = feedback == null ? "" : feedback.strip();
        if (!accepted && text.isEmpty()) {
            throw new IllegalArgumentException("review.error.feedback-required");
        }
        if (text.length() > MAX_FEEDBACK_LENGTH) {
            throw new IllegalArgumentException("review.error.too-long");
        }
        ExerciseSubmission submission = enrolments.submission(submissionId)
                .orElseThrow(() -> new AccessDeniedException("no such submission"));
        Enrolment enrolment = enrolments.enrolment(submission.getEnrolmentId()).orElseThrow();
        if (enrolment.getCohortId() == null) {
            throw new AccessDeniedException("submission not in a cohort");
        }
        Cohort cohort = access.requireTrainerOf(enrolment.getCohortId());
        AppUser trainer = access.currentUser();
        AppUser learner = accounts.findById(enrolment.getUserId()).orElseThrow();
        CourseModule module = catalog.require(enrolment.getModuleId());
        Lesson lesson = module.lesson(submission.getLessonId()).orElseThrow();
        Instant submittedAt = submission.getSubmittedAt();
        Instant now = clock.instant();

        submission.review(accepted, text, trainer.getId(), now);
        enrolments.save(submission);

        // The learner's "submitted" statement has a deterministic id (see LearningStatements); refer to it when stored.
        UUID submittedId = StatementIds.of(enrolment.getRegistration(), XapiProfile.SUBMITTED,
                statements.exerciseIri(module, lesson), String.valueOf(submittedAt.truncatedTo(ChronoUnit.MILLIS).toEpochMilli()));
        boolean known = store.findJson(submittedId.toString()).isPresent();
        store.save(statements.reviewed(trainer, learner.getUuid(), enrolment.getRegistration(), module, lesson, accepted,
                text, known ? submittedId : null, now));
        notifications.notify(learner.getId(), accepted ? "notification.accepted" : "notification.returned",
                Notifications.lessonLabel(lesson), "feedback", now);
        return submission;
    }

    /**
     * A learner's reviewed exercise answer, as they see it.
     *
     * @param lessonNumber lesson number
     * @param lessonTitle  lesson title
     * @param exerciseTitle exercise title
     * @param answer       their text
     * @param status       review status
     * @param feedback     the trainer's feedback (may be empty)
     * @param reviewedAt   when reviewed, or null while pending
     */
    public record Feedback(int lessonNumber, String lessonTitle, String exerciseTitle, String answer,
                           ExerciseSubmission.ReviewStatus status, String feedback, Instant reviewedAt) {
    }

    /** @return the current user's submitted or reviewed exercise answers, in lesson order, with the module's English titles */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    public List<Feedback> myFeedback() {
        return myFeedback(null);
    }

    /**
     * @param languageTag the user's UI language: lesson and exercise titles as they read them in the course
     *                    (English where not translated); null for the English module
     * @return the current user's submitted or reviewed exercise answers, in lesson order
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    public List<Feedback> myFeedback(String languageTag) {
        AppUser me = access.currentUser();
        return jdbc.query("""
                SELECT e.module_id, s.lesson_id, s.answer_text, s.review_status, s.feedback, s.reviewed_at
                FROM exercise_submission s JOIN enrolment e ON e.id = s.enrolment_id
                WHERE e.user_id = :u AND s.review_status IS NOT NULL""", Map.of("u", me.getId()), (rs, i) -> {
            CourseModule english = catalog.require(rs.getString(1));
            CourseModule module = languageTag == null ? english : english.in(languageTag);
            Lesson lesson = module.lesson(rs.getString(2)).orElseThrow();
            var reviewed = rs.getTimestamp(6);
            return new Feedback(lesson.number(), lesson.title(), lesson.exercise().title(), rs.getString(3),
                    ExerciseSubmission.ReviewStatus.valueOf(rs.getString(4)), rs.getString(5) == null ? "" : rs.getString(5),
                    reviewed == null ? null : reviewed.toInstant());
        }).stream().sorted(java.util.Comparator.comparingInt(Feedback::lessonNumber)).toList();
    }
}
