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
import java.util.UUID;

/** One user's enrolment in one module. Its {@code registration} is the xAPI context.registration. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 36)
    private String registration;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "module_id", nullable = false, updatable = false, length = 100)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.IN_PROGRESS;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "last_lesson_id", length = 100)
    private String lastLessonId;

    /** The cohort the enrolment belongs to (issue 4), or null for self-paced learners. */
    @Column(name = "cohort_id")
    private Long cohortId;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Long userId, String moduleId, Instant now) {
        this.registration = UUID.randomUUID().toString();
        this.userId = userId;
        this.moduleId = moduleId;
        this.enrolledAt = now;
        this.lastActivityAt = now;
    }

    void touch(Instant now, String lessonId) {
        lastActivityAt = now;
        if (lessonId != null) {
            lastLessonId = lessonId;
        }
    }

    void complete(Instant now) {
        status = EnrolmentStatus.COMPLETED;
        completedAt = now;
    }

    /**
     * Attaches this enrolment to a cohort; the registration (xAPI) is kept.
     *
     * @param cohortId the cohort's database id
     */
    void attachToCohort(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getId() { return id; }
    /** @return the cohort's id, or null when the enrolment is not in a cohort */
    public Long getCohortId() { return cohortId; }
    public String getRegistration() { return registration; }
    public Long getUserId() { return userId; }
    public String getModuleId() { return moduleId; }
    public EnrolmentStatus getStatus() { return status; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public String getLastLessonId() { return lastLessonId; }
}
