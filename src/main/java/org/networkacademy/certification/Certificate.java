package org.networkacademy.certification;

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

/**
 * A certificate: at most one per enrolment (unique constraint), found by its unguessable
 * {@link #getCode() verification code}. Recipient name, institution and country are copied at
 * issue time, so the certificate reads the same whatever later happens to the profile.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** Whether a certificate is in force. */
    public enum Status { VALID, REVOKED }

    /** How a certificate came to be. */
    public enum IssueMode { AUTOMATIC, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 43)
    private String code;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(nullable = false, updatable = false, length = 36)
    private String registration;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "module_id", nullable = false, updatable = false, length = 100)
    private String moduleId;

    @Column(name = "module_title", nullable = false, updatable = false, length = 300)
    private String moduleTitle;

    @Column(name = "module_version", nullable = false, updatable = false, length = 50)
    private String moduleVersion;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 200)
    private String recipientName;

    @Column(name = "recipient_institution", nullable = false, updatable = false, length = 200)
    private String recipientInstitution;

    @Column(name = "recipient_country", nullable = false, updatable = false, length = 2)
    private String recipientCountry;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_mode", nullable = false, updatable = false, length = 20)
    private IssueMode issueMode;

    @Column(name = "issued_by_user_id", updatable = false)
    private Long issuedByUserId;

    @Column(name = "issue_reason", updatable = false, length = 1000)
    private String issueReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.VALID;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_user_id")
    private Long revokedByUserId;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    /** Salt of the Open Badges recipient hash (32 hex characters). */
    @Column(name = "badge_salt", nullable = false, updatable = false, length = 32)
    private String badgeSalt;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String code, String badgeSalt, Recipient recipient, IssueMode mode, Long issuedBy, String reason, Instant now) {
        this.code = code;
        this.badgeSalt = badgeSalt;
        this.enrolmentId = recipient.enrolmentId();
        this.registration = recipient.registration();
        this.userId = recipient.userId();
        this.moduleId = recipient.moduleId();
        this.moduleTitle = recipient.moduleTitle();
        this.moduleVersion = recipient.moduleVersion();
        this.recipientName = recipient.name();
        this.recipientInstitution = recipient.institution();
        this.recipientCountry = recipient.country();
        this.issueMode = mode;
        this.issuedByUserId = issuedBy;
        this.issueReason = reason;
        this.issuedAt = now;
    }

    void revoke(Long by, String reason, Instant now) {
        status = Status.REVOKED;
        revokedAt = now;
        revokedByUserId = by;
        revocationReason = reason;
    }

    /** Facts about the enrolment and its learner that a certificate copies. */
    record Recipient(long enrolmentId, String registration, long userId, String userUuid, String email, String name,
                     String institution, String country, String moduleId, String moduleTitle, String moduleVersion) {
    }

    public Long getId() { return id; }
    /** @return the verification code: 27 URL-safe Base64 characters (160 random bits) */
    public String getCode() { return code; }
    public Long getEnrolmentId() { return enrolmentId; }
    public String getRegistration() { return registration; }
    public Long getUserId() { return userId; }
    public String getModuleId() { return moduleId; }
    public String getModuleTitle() { return moduleTitle; }
    public String getModuleVersion() { return moduleVersion; }
    public String getRecipientName() { return recipientName; }
    public String getRecipientInstitution() { return recipientInstitution; }
    public String getRecipientCountry() { return recipientCountry; }
    public Instant getIssuedAt() { return issuedAt; }
    public IssueMode getIssueMode() { return issueMode; }
    public Long getIssuedByUserId() { return issuedByUserId; }
    public String getIssueReason() { return issueReason; }
    public Status getStatus() { return status; }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getRevokedByUserId() { return revokedByUserId; }
    public String getRevocationReason() { return revocationReason; }
    public String getBadgeSalt() { return badgeSalt; }
}
