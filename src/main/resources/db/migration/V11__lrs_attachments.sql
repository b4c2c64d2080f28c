-- Attachment payloads received as multipart/mixed parts (xAPI 1.0.3 Communication 1.5.2), by SHA-256.
-- Shared by every statement whose attachment has this sha2.
CREATE TABLE xapi_attachment (
    sha2         CHAR(64)     NOT NULL PRIMARY KEY,
    content_type VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    stored       DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
