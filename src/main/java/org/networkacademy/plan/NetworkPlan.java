package org.networkacademy.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The practice network plan of one cohort; created on first access (see {@link PlanService}). */
@Entity
@Table(name = "network_plan")
public class NetworkPlan {

    @Id
    private Long id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private Long cohortId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NetworkPlan() {
    }

    public Long getId() { return id; }
    public Long getCohortId() { return cohortId; }
    public Instant getCreatedAt() { return createdAt; }
}
