-- Network Academy initial schema. MariaDB only; utf8mb4; every timestamp is UTC, DATETIME(3) or finer.

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid          CHAR(36)     NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    institution   VARCHAR(200) NOT NULL,
    country       CHAR(2)      NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_uuid UNIQUE (uuid),
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An enrolment of one user in one module; its uuid is the xAPI context.registration.
CREATE TABLE enrolment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration CHAR(36)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    module_id    VARCHAR(100) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    enrolled_at  DATETIME(3)  NOT NULL,
    completed_at DATETIME(3)  NULL,
    last_activity_at DATETIME(3) NOT NULL,
    last_lesson_id VARCHAR(100) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_enrolment_registration UNIQUE (registration),
    CONSTRAINT uk_enrolment_user_module UNIQUE (user_id, module_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_progress (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id  BIGINT       NOT NULL,
    lesson_id     VARCHAR(100) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    started_at    DATETIME(3)  NOT NULL,
    completed_at  DATETIME(3)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_lesson_progress UNIQUE (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attempt at a knowledge check, the final assessment or the readiness self-assessment.
CREATE TABLE attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid           CHAR(36)      NOT NULL,
    enrolment_id   BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    assessment_id  VARCHAR(100)  NOT NULL,
    phase          VARCHAR(10)   NULL,
    attempt_number INT           NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    started_at     DATETIME(3)   NOT NULL,
    submitted_at   DATETIME(3)   NULL,
    score_raw      DECIMAL(9, 3) NULL,
    score_max      DECIMAL(9, 3) NULL,
    passed         BOOLEAN       NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_attempt_uuid UNIQUE (uuid),
    CONSTRAINT uk_attempt_number UNIQUE (enrolment_id, assessment_id, attempt_number),
    CONSTRAINT fk_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attempt_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id  BIGINT       NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    response    VARCHAR(500) NOT NULL,
    correct     BOOLEAN      NULL,
    answered_at DATETIME(3)  NOT NULL,
    CONSTRAINT uk_attempt_answer UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exercise_submission (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL,
    lesson_id    VARCHAR(100) NOT NULL,
    exercise_id  VARCHAR(100) NOT NULL,
    answer_text  MEDIUMTEXT   NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    submitted_at DATETIME(3)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_exercise_submission UNIQUE (enrolment_id, exercise_id),
    CONSTRAINT fk_exercise_submission_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every xAPI statement: the JSON exactly as built or received, plus indexed columns for queries.
CREATE TABLE xapi_statement (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    actor_key     VARCHAR(512) NOT NULL,
    verb_id       VARCHAR(512) NOT NULL,
    activity_id   VARCHAR(512) NULL,
    registration  CHAR(36)     NULL,
    statement_timestamp DATETIME(6) NOT NULL,
    stored        DATETIME(6)  NOT NULL,
    voided        BOOLEAN      NOT NULL DEFAULT FALSE,
    xapi_version  VARCHAR(10)  NOT NULL,
    full_json     LONGTEXT     NOT NULL,
    INDEX ix_xapi_statement_actor (actor_key(191), stored),
    INDEX ix_xapi_statement_verb (verb_id(191), stored),
    INDEX ix_xapi_statement_activity (activity_id(191), stored),
    INDEX ix_xapi_statement_registration (registration, stored),
    INDEX ix_xapi_statement_stored (stored)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
