-- Certificates (issue 6). One per enrolment at most: issuance is idempotent by this constraint.
-- The name, institution and country are kept as they were when the certificate was issued, so a
-- certificate never changes when a profile does. All timestamps UTC.
CREATE TABLE certificate (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(43)   NOT NULL,
    enrolment_id         BIGINT        NOT NULL,
    registration         CHAR(36)      NOT NULL,
    user_id              BIGINT        NOT NULL,
    module_id            VARCHAR(100)  NOT NULL,
    module_title         VARCHAR(300)  NOT NULL,
    module_version       VARCHAR(50)   NOT NULL,
    recipient_name       VARCHAR(200)  NOT NULL,
    recipient_institution VARCHAR(200) NOT NULL,
    recipient_country    CHAR(2)       NOT NULL,
    issued_at            DATETIME(3)   NOT NULL,
    issue_mode           VARCHAR(20)   NOT NULL,
    issued_by_user_id    BIGINT        NULL,
    issue_reason         VARCHAR(1000) NULL,
    status               VARCHAR(20)   NOT NULL,
    revoked_at           DATETIME(3)   NULL,
    revoked_by_user_id   BIGINT        NULL,
    revocation_reason    VARCHAR(1000) NULL,
    badge_salt           CHAR(32)      NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_certificate_issued (issued_at),
    INDEX ix_certificate_name (recipient_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
