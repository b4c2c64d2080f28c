-- xAPI Document Resources (1.0.3 Communication 2.3 State, 2.7 Activity Profile, 2.6 Agent Profile).
-- scope_hash: SHA-256 of kind | activity id | agent key | registration | document id (unique per document).
CREATE TABLE xapi_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    scope_hash   BINARY(32)    NOT NULL,
    list_hash    BINARY(32)    NOT NULL,
    activity_id  VARCHAR(2000) NULL,
    agent_key    VARCHAR(1000) NULL,
    registration CHAR(36)      NULL,
    document_id  VARCHAR(1000) NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    content      LONGBLOB      NOT NULL,
    etag         CHAR(40)      NOT NULL,
    updated      DATETIME(3)   NOT NULL,
    CONSTRAINT uk_xapi_document UNIQUE (scope_hash),
    INDEX ix_xapi_document_list (list_hash, updated)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
