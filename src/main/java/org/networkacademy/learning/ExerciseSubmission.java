package org.networkacademy.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A trainee's answer to a lesson exercise: a draft until submitted. */
@Entity
@Table(name = "exercise_submission")
public class ExerciseSubmission {

    /** Submission status. */
    public enum Status { DRAFT, SUBMITTED }

    /** Trainer review of a submitted answer (issue 4). */
    public enum ReviewStatus { PENDING, ACCEPTED, RETURNED }

    /** Where the answer stands as the trainee is told: the status and the latest review together. */
    public enum Stage { DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "lesson_id", nullable = false, updatable = false, length = 100)
    private String lessonId;

    @Column(name = "exercise_id", nullable = false, updatable = false, length = 100)
    private String exerciseId;

    @Column(name = "answer_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String answerText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", length = 20)
    private ReviewStatus reviewStatus;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String feedback;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Version
    private long version;

    protected ExerciseSubmission() {
    }

    ExerciseSubmission(Long enrolmentId, String lessonId, String exerciseId, Instant now) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.exerciseId = exerciseId;
        this.answerText = "";
        this.updatedAt = now;
    }

    void saveDraft(String text, Instant now) {
        this.answerText = text;
        this.updatedAt = now;
    }

    void submit(String text, Instant now) {
        this.answerText = text;
        this.status = Status.SUBMITTED;
        this.updatedAt = now;
        this.submittedAt = now;
        // A (re)submitted answer waits for a trainer's review; earlier feedback stays visible.
        this.reviewStatus = ReviewStatus.PENDING;
    }

    /**
     * Records a trainer's review of the submitted answer.
     *
     * @param accepted   true to accept, false to return it for revision
     * @param feedback   the trainer's feedback (may be blank when accepting)
     * @param reviewerId the trainer's user id
     * @param now        review time (UTC)
     * @throws IllegalStateException when the answer is not waiting for review
     */
    public void review(boolean accepted, String feedback, Long reviewerId, Instant now) {
        if (status != Status.SUBMITTED || reviewStatus != ReviewStatus.PENDING) {
            throw new IllegalStateException("review.error.not-pending");
        }
        this.reviewStatus = accepted ? ReviewStatus.ACCEPTED : ReviewStatus.RETURNED;
        this.feedback = feedback;
        this.reviewerId = reviewerId;
        this.reviewedAt = now;
        if (!accepted) {
            // Returned: the trainee may edit and submit again.
            this.status = Status.DRAFT;
        }
    }

    /**
     * A returned answer is a draft again (so that it can be edited) but is shown as returned, with its feedback,
     * until it is submitted again; an accepted one as accepted.
     *
     * @return the answer's stage for the trainee's lesson and progress pages
     */
    public Stage stage() {
        if (reviewStatus == ReviewStatus.RETURNED) {
            return Stage.RETURNED;
        }
        if (reviewStatus == ReviewStatus.ACCEPTED) {
            return Stage.ACCEPTED;
        }
        return status == Status.SUBMITTED ? Stage.SUBMITTED : Stage.DRAFT;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    /** @return null until first submitted, then PENDING, ACCEPTED or RETURNED */
    public ReviewStatus getReviewStatus() { return reviewStatus; }
    /** @return the trainer's latest feedback, or null */
    public String getFeedback() { return feedback; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Long getReviewerId() { return reviewerId; }
    public String getExerciseId() { return exerciseId; }
    public String getLessonId() { return lessonId; }
    public String getAnswerText() { return answerText; }
    public Status getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
