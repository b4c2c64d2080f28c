package org.networkacademy.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A group of trainees taking one module together, run by one or more trainers. Trainees join with
 * the {@link #getJoinCode() join code} (or the invite link that carries it).
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status = CohortStatus.DRAFT;

    @Column(name = "join_code", nullable = false, length = 16)
    private String joinCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    private Set<Long> trainerIds = new HashSet<>();

    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(String joinCode, Instant now) {
        this.joinCode = joinCode;
        this.createdAt = now;
    }

    void apply(CohortDetails d) {
        this.name = d.name();
        this.moduleId = d.moduleId();
        this.language = d.language();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.status = d.status();
        this.trainerIds.clear();
        this.trainerIds.addAll(d.trainerIds());
    }

    void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getModuleId() { return moduleId; }
    /** @return BCP 47 language tag the cohort is taught in */
    public String getLanguage() { return language; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public CohortStatus getStatus() { return status; }
    public String getJoinCode() { return joinCode; }
    public Instant getCreatedAt() { return createdAt; }
    /** @return user ids of the cohort's trainers */
    public Set<Long> getTrainerIds() { return Set.copyOf(trainerIds); }

    /** @return the form values of this cohort, for editing */
    public CohortDetails details() {
        return new CohortDetails(name, moduleId, language, startsOn, endsOn, status, Set.copyOf(trainerIds));
    }
}
