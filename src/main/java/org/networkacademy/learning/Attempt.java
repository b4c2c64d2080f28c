package org.networkacademy.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt at a knowledge check, the final assessment or the readiness self-assessment, with
 * its answers. Attempts are kept; retries create new attempts with the next number.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    /** Attempt status. */
    public enum Status { IN_PROGRESS, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 36)
    private String uuid;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AttemptKind kind;

    @Column(name = "assessment_id", nullable = false, updatable = false, length = 100)
    private String assessmentId;

    /** PRE or POST for the self-assessment, null otherwise. */
    @Column(length = 10, updatable = false)
    private String phase;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    private int attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.IN_PROGRESS;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "score_raw", precision = 9, scale = 3)
    private BigDecimal scoreRaw;

    @Column(name = "score_max", precision = 9, scale = 3)
    private BigDecimal scoreMax;

    private Boolean passed;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "attempt_id", nullable = false)
    @OrderBy("id")
    private List<AttemptAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(Long enrolmentId, AttemptKind kind, String assessmentId, String phase, int attemptNumber, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.assessmentId = assessmentId;
        this.phase = phase;
        this.attemptNumber = attemptNumber;
        this.startedAt = now;
    }

    AttemptAnswer addAnswer(String questionId, String response, Boolean correct, Instant now) {
        var answer = new AttemptAnswer(questionId, response, correct, now);
        answers.add(answer);
        return answer;
    }

    void submit(BigDecimal raw, BigDecimal max, Boolean passed, Instant now) {
        this.status = Status.SUBMITTED;
        this.scoreRaw = raw;
        this.scoreMax = max;
        this.passed = passed;
        this.submittedAt = now;
    }

    public Optional<AttemptAnswer> answer(String questionId) {
        return answers.stream().filter(a -> a.getQuestionId().equals(questionId)).findFirst();
    }

    /** @return score in percent (0–100, rounded half up to whole numbers), empty until submitted */
    public Optional<Integer> percent() {
        if (scoreRaw == null || scoreMax == null || scoreMax.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(scoreRaw.multiply(BigDecimal.valueOf(100)).divide(scoreMax, 0, RoundingMode.HALF_UP).intValue());
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public Long getEnrolmentId() { return enrolmentId; }
    public AttemptKind getKind() { return kind; }
    public String getAssessmentId() { return assessmentId; }
    public String getPhase() { return phase; }
    public int getAttemptNumber() { return attemptNumber; }
    public Status getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public BigDecimal getScoreRaw() { return scoreRaw; }
    public BigDecimal getScoreMax() { return scoreMax; }
    public Boolean getPassed() { return passed; }
    public List<AttemptAnswer> getAnswers() { return List.copyOf(answers); }
}
