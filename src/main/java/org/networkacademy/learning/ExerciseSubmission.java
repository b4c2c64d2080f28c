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
    }

    public String getExerciseId() { return exerciseId; }
    public String getLessonId() { return lessonId; }
    public String getAnswerText() { return answerText; }
    public Status getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
