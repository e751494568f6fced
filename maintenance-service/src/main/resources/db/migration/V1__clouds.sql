-- The PPCs whose flags this service owns, kept in step with the fleet registry through ppc-events.
-- flags: 0x1 maintenance mode, 0x2 opted out of health checks; other bits are kept as they are.
CREATE TABLE clouds (
    id         VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    org_id     VARCHAR(64)  NOT NULL,
    flags      INT UNSIGNED NOT NULL DEFAULT 0,
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_clouds_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
