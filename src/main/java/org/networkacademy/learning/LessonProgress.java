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

/** A trainee's progress on one lesson of their enrolment. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "lesson_id", nullable = false, updatable = false, length = 100)
    private String lessonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LessonStatus status = LessonStatus.IN_PROGRESS;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected LessonProgress() {
    }

    LessonProgress(Long enrolmentId, String lessonId, Instant now) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.startedAt = now;
    }

    void complete(Instant now) {
        status = LessonStatus.COMPLETED;
        completedAt = now;
    }

    public String getLessonId() { return lessonId; }
    public LessonStatus getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
}
