package org.networkacademy.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One section of a cohort's plan: its current content, the number of its last revision (the
 * token editors hold for optimistic locking) and its review status.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "section_key", nullable = false, updatable = false, length = 30)
    private String sectionKey;

    @Column(name = "content_json", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String contentJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SectionStatus status = SectionStatus.DRAFT;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by")
    private Long statusChangedBy;

    @Version
    private long version;

    protected PlanSection() {
    }

    void write(String json, long authorId, Instant now) {
        this.contentJson = json;
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = authorId;
        // An approval covers the content the trainer saw: a change sends the section back to draft.
        if (status == SectionStatus.APPROVED) {
            status = SectionStatus.DRAFT;
            statusChangedAt = now;
            statusChangedBy = authorId;
        }
    }

    void setStatus(SectionStatus status, long by, Instant now) {
        this.status = status;
        this.statusChangedAt = now;
        this.statusChangedBy = by;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public PlanSectionType getType() { return PlanSectionType.of(sectionKey).orElseThrow(); }
    public SectionContent getContent() { return SectionContent.fromJson(contentJson); }
    public SectionStatus getStatus() { return status; }
    /** @return number of the last content revision, 0 when never saved */
    public int getRevision() { return revision; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public Long getStatusChangedBy() { return statusChangedBy; }
}
