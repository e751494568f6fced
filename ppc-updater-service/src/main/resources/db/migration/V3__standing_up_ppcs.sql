-- Standing up new PPCs (issue 14): the stand-up of each PPC the train created, the single-use callback
-- tokens of its create jobs (only their SHA-256), its access token encrypted at rest, and who read it.
CREATE TABLE ppc_standup (
    cloud_id        VARCHAR(64)   NOT NULL,
    credential_set  VARCHAR(100)  NOT NULL,
    update_id       VARCHAR(64)   NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    job_url         VARCHAR(500)  NULL,
    failure_reason  VARCHAR(1000) NULL,
    job_passed_at   TIMESTAMP(6)  NULL,
    reported_at     TIMESTAMP(6)  NULL,
    requested_by    VARCHAR(200)  NOT NULL,
    requested_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (cloud_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE standup_callback (
    token_hash  CHAR(64)      NOT NULL,
    cloud_id    VARCHAR(64)   NOT NULL,
    update_id   VARCHAR(64)   NOT NULL,
    expires_at  TIMESTAMP(6)  NOT NULL,
    used_at     TIMESTAMP(6)  NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_callback_update (update_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ppc_access_token (
    cloud_id    VARCHAR(64)   NOT NULL,
    key_id      VARCHAR(64)   NOT NULL,
    nonce       VARCHAR(32)   NOT NULL,
    ciphertext  VARCHAR(2000) NOT NULL,
    stored_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (cloud_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ppc_token_read (
    read_id   VARCHAR(64)   NOT NULL,
    cloud_id  VARCHAR(64)   NOT NULL,
    key_id    VARCHAR(64)   NOT NULL,
    read_by   VARCHAR(200)  NOT NULL,
    reason    VARCHAR(500)  NOT NULL,
    read_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (read_id),
    KEY ix_token_read_cloud (cloud_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
