package org.networkacademy.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One answer within an attempt. {@code response} is the xAPI response text: option ids joined by
 * {@code [,]} for choice questions, {@code true}/{@code false}, or the Likert value.
 */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, updatable = false, length = 100)
    private String questionId;

    @Column(nullable = false, updatable = false, length = 500)
    private String response;

    @Column(updatable = false)
    private Boolean correct;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected AttemptAnswer() {
    }

    AttemptAnswer(String questionId, String response, Boolean correct, Instant answeredAt) {
        this.questionId = questionId;
        this.response = response;
        this.correct = correct;
        this.answeredAt = answeredAt;
    }

    public String getQuestionId() { return questionId; }
    public String getResponse() { return response; }
    public Boolean getCorrect() { return correct; }
    public Instant getAnsweredAt() { return answeredAt; }
}
