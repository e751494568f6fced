-- Why a flag bit is set, for the bits this service set: who set it, why, until when, and whether a
-- maintenance window holds it. One row per (cloud, bit) while the bit is set; the row goes when the
-- bit is cleared. A set bit without a row was set outside this service and has no expiry.
CREATE TABLE flag_holds (
    cloud_id   VARCHAR(64)   NOT NULL,
    flag_bit   INT UNSIGNED  NOT NULL,
    change_id  VARCHAR(64)   NOT NULL,
    set_by     VARCHAR(200)  NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    set_at     TIMESTAMP(6)  NOT NULL,
    expires_at TIMESTAMP(6)  NULL,
    window_id  VARCHAR(64)   NULL,
    PRIMARY KEY (cloud_id, flag_bit),
    KEY ix_flag_holds_expiry (expires_at),
    KEY ix_flag_holds_window (window_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a flag bit, as it happened: never updated, never deleted by the service.
-- A request that found the bit already in the asked state changed nothing and has no row here.
CREATE TABLE flag_changes (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    change_id    VARCHAR(64)   NOT NULL,
    cloud_id     VARCHAR(64)   NOT NULL,
    org_id       VARCHAR(64)   NOT NULL,
    flag_bit     INT UNSIGNED  NOT NULL,
    action       VARCHAR(8)    NOT NULL,
    flags_before INT UNSIGNED  NOT NULL,
    flags_after  INT UNSIGNED  NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    expires_at   TIMESTAMP(6)  NULL,
    window_id    VARCHAR(64)   NULL,
    changed_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_flag_changes_cloud (cloud_id, id),
    KEY ix_flag_changes_org (org_id, id),
    KEY ix_flag_changes_change (change_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
