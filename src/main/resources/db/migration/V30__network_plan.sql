-- The cohort's practice network plan (issue 5). MariaDB only; utf8mb4; every timestamp UTC, DATETIME(3).
-- One plan per cohort, created on first access; one row per section (nine sections, keys as in
-- org.networkacademy.plan.PlanSectionType). A section's content is a JSON document
-- {"fields": {key: text}, "tables": {key: [{column: text}]}} validated by PlanService.

CREATE TABLE network_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uk_network_plan_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_network_plan_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- revision: number of the last content revision (0 = never saved); the optimistic-lock token the
-- editor holds. version: JPA @Version of the row (also bumped by status changes).
CREATE TABLE plan_section (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT      NOT NULL,
    section_key       VARCHAR(30) NOT NULL,
    content_json      MEDIUMTEXT  NOT NULL,
    status            VARCHAR(20) NOT NULL,
    revision          INT         NOT NULL DEFAULT 0,
    updated_at        DATETIME(3) NULL,
    updated_by        BIGINT      NULL,
    status_changed_at DATETIME(3) NULL,
    status_changed_by BIGINT      NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_plan_section UNIQUE (plan_id, section_key),
    CONSTRAINT fk_plan_section_plan FOREIGN KEY (plan_id) REFERENCES network_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_section_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT fk_plan_section_status_by FOREIGN KEY (status_changed_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved version of a section, kept for history and restore; also the contribution count.
CREATE TABLE plan_revision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_id    BIGINT      NOT NULL,
    revision      INT         NOT NULL,
    content_json  MEDIUMTEXT  NOT NULL,
    author_id     BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    restored_from INT         NULL,
    source        VARCHAR(20) NOT NULL,
    CONSTRAINT uk_plan_revision UNIQUE (section_id, revision),
    INDEX ix_plan_revision_author (author_id, section_id),
    CONSTRAINT fk_plan_revision_section FOREIGN KEY (section_id) REFERENCES plan_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_revision_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Trainer comments on a section.
CREATE TABLE plan_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_id  BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    INDEX ix_plan_comment_section (section_id, created_at),
    CONSTRAINT fk_plan_comment_section FOREIGN KEY (section_id) REFERENCES plan_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
