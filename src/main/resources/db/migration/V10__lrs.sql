-- Issue 3: built-in LRS (xAPI 1.0.3 / 2.0.0), LRS client credentials, forwarding outbox.

-- seq: the storage order (the "stored" ordering key used by queries and by `more` cursors).
-- content_hash: SHA-256 of the statement as received (keys sorted, LRS-set properties removed), so
-- that a re-send with the same id can be told apart from a conflicting one (Communication 2.1.1/2.1.2).
-- voiding_target: the statement id a voiding statement points to (Data 2.3.2).
-- authority_client: the LRS client whose credentials stored it (NULL = the platform itself).
ALTER TABLE xapi_statement
    ADD COLUMN seq              BIGINT      NOT NULL AUTO_INCREMENT,
    ADD COLUMN content_hash     CHAR(64)    NULL,
    ADD COLUMN voiding_target   CHAR(36)    NULL,
    ADD COLUMN authority_client BIGINT      NULL,
    ADD CONSTRAINT uk_xapi_statement_seq UNIQUE (seq),
    ADD INDEX ix_xapi_statement_voiding_target (voiding_target),
    ADD INDEX ix_xapi_statement_verb_seq (verb_id(191), seq),
    ADD INDEX ix_xapi_statement_registration_seq (registration, seq),
    ADD INDEX ix_xapi_statement_stored_seq (stored, seq);

-- Agents and activities a statement mentions, for the agent/activity filters and their related_* forms
-- (Communication 2.1.3). direct = actor or object of the statement itself (what `agent`/`activity`
-- match without related_*; one row per key and statement, direct wins). key_hash = SHA-1 of the agent key (StatementStore.actorKey) or activity id.
CREATE TABLE xapi_statement_agent (
    key_hash BINARY(20) NOT NULL,
    seq      BIGINT     NOT NULL,
    direct   BOOLEAN    NOT NULL,
    PRIMARY KEY (key_hash, seq),
    INDEX ix_xapi_statement_agent_direct (key_hash, direct, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE xapi_statement_activity (
    key_hash BINARY(20) NOT NULL,
    seq      BIGINT     NOT NULL,
    direct   BOOLEAN    NOT NULL,
    PRIMARY KEY (key_hash, seq),
    INDEX ix_xapi_statement_activity_direct (key_hash, direct, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Credentials of LRS clients (HTTP Basic, Communication 4.1): key in clear, secret BCrypt-hashed.
-- scopes: space-separated xAPI scopes (all, all/read, statements/write, statements/read, statements/read/mine).
CREATE TABLE lrs_client (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    api_key     VARCHAR(64)  NOT NULL,
    secret_hash VARCHAR(100) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    scopes      VARCHAR(300) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(3)  NOT NULL,
    revoked_at  DATETIME(3)  NULL,
    CONSTRAINT uk_lrs_client_key UNIQUE (api_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Server-side secrets generated once per installation (e.g. the HMAC key of `more` cursors).
CREATE TABLE lrs_secret (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    value VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- External LRSs statements are forwarded to. password_enc: AES-GCM with NA_FORWARDING_KEY, Base64.
CREATE TABLE lrs_target (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    endpoint             VARCHAR(1000) NOT NULL,
    xapi_version         VARCHAR(10)   NOT NULL,
    username             VARCHAR(200)  NOT NULL,
    password_enc         VARCHAR(1000) NOT NULL,
    batch_size           INT           NOT NULL DEFAULT 50,
    status               VARCHAR(20)   NOT NULL,
    consecutive_failures INT           NOT NULL DEFAULT 0,
    next_attempt_at      DATETIME(3)   NOT NULL,
    sent_count           BIGINT        NOT NULL DEFAULT 0,
    last_sent_at         DATETIME(3)   NULL,
    last_error           VARCHAR(2000) NULL,
    created_at           DATETIME(3)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transactional outbox: one row per (target, statement) still to deliver; written in the transaction
-- that stores the statement, deleted when the target has it.
CREATE TABLE lrs_outbox (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id BIGINT      NOT NULL,
    seq       BIGINT      NOT NULL,
    queued_at DATETIME(3) NOT NULL,
    CONSTRAINT uk_lrs_outbox UNIQUE (target_id, seq),
    INDEX ix_lrs_outbox_target (target_id, id),
    CONSTRAINT fk_lrs_outbox_target FOREIGN KEY (target_id) REFERENCES lrs_target (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Statements a target refused on their own (400 after batch splitting), with the target's answer.
CREATE TABLE lrs_dead_letter (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id   BIGINT        NOT NULL,
    seq         BIGINT        NOT NULL,
    http_status INT           NOT NULL,
    response    VARCHAR(4000) NULL,
    failed_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uk_lrs_dead_letter UNIQUE (target_id, seq),
    CONSTRAINT fk_lrs_dead_letter_target FOREIGN KEY (target_id) REFERENCES lrs_target (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
