-- The PPC fleet registry: every private cloud installation the train updates.
CREATE TABLE ppc (
    cloud_id      VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    org_id        VARCHAR(64)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    environment   VARCHAR(64)  NULL,
    endpoint      VARCHAR(500) NULL,
    registered_by VARCHAR(200) NOT NULL,
    registered_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (cloud_id),
    UNIQUE KEY uk_ppc_name (name),
    KEY ix_ppc_org (org_id),
    KEY ix_ppc_environment (environment)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
