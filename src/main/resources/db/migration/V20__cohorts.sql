-- Cohorts (issue 4): a group of trainees taking one module together, run by one or more trainers.
-- MariaDB only; utf8mb4; every timestamp UTC, DATETIME(3).

CREATE TABLE cohort (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    module_id   VARCHAR(100) NOT NULL,
    language    VARCHAR(35)  NOT NULL,
    starts_on   DATE         NULL,
    ends_on     DATE         NULL,
    status      VARCHAR(20)  NOT NULL,
    join_code   VARCHAR(16)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_cohort_join_code UNIQUE (join_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_trainer (
    cohort_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    INDEX ix_cohort_trainer_user (user_id),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_trainer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Joining a cohort attaches the user's enrolment in the cohort's module (its registration is kept).
ALTER TABLE enrolment
    ADD COLUMN cohort_id BIGINT NULL,
    ADD CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    ADD INDEX ix_enrolment_cohort (cohort_id, last_activity_at);

-- Trainer review of exercise answers: null until submitted; PENDING, ACCEPTED or RETURNED.
ALTER TABLE exercise_submission
    ADD COLUMN review_status VARCHAR(20) NULL,
    ADD COLUMN feedback      MEDIUMTEXT  NULL,
    ADD COLUMN reviewed_at   DATETIME(3) NULL,
    ADD COLUMN reviewer_id   BIGINT      NULL,
    ADD CONSTRAINT fk_exercise_submission_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    ADD INDEX ix_exercise_submission_review (review_status, submitted_at);

-- In-app notifications (e.g. "feedback arrived"); the text is an i18n key plus one argument.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    argument    VARCHAR(300) NULL,
    link        VARCHAR(300) NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3)  NULL,
    INDEX ix_notification_user (user_id, read_at, created_at),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time password links created by an admin (or for imported users): only the SHA-256 of the token is kept.
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3) NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_name ON app_user (display_name);
