package org.networkacademy.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A saved version of a plan section: who saved it, when, and how (edit, restore, exercise, map). */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    /** How a revision came about. */
    public enum Source { EDIT, RESTORE, EXERCISE, MAP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "content_json", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String contentJson;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Source source;

    protected PlanRevision() {
    }

    PlanRevision(Long sectionId, int revision, String contentJson, Long authorId, Instant createdAt,
                 Integer restoredFrom, Source source) {
        this.sectionId = sectionId;
        this.revision = revision;
        this.contentJson = contentJson;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.restoredFrom = restoredFrom;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getSectionId() { return sectionId; }
    public int getRevision() { return revision; }
    public SectionContent getContent() { return SectionContent.fromJson(contentJson); }
    public Long getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
    /** @return the revision this one restored, or null */
    public Integer getRestoredFrom() { return restoredFrom; }
    public Source getSource() { return source; }
}
