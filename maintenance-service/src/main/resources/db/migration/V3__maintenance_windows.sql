-- Maintenance booked ahead for one PPC (cloud_id) or every PPC of an organisation (org_id).
-- status: BOOKED -> ACTIVE -> ENDED, BOOKED|ACTIVE -> CANCELLED, BOOKED -> MISSED (ended before it could start).
CREATE TABLE maintenance_windows (
    id            VARCHAR(64)   NOT NULL,
    cloud_id      VARCHAR(64)   NULL,
    org_id        VARCHAR(64)   NULL,
    starts_at     TIMESTAMP(6)  NOT NULL,
    ends_at       TIMESTAMP(6)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    booked_by     VARCHAR(200)  NOT NULL,
    booked_at     TIMESTAMP(6)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    entered_at    TIMESTAMP(6)  NULL,
    closed_at     TIMESTAMP(6)  NULL,
    cancelled_by  VARCHAR(200)  NULL,
    cancel_reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_windows_start (status, starts_at),
    KEY ix_windows_end (status, ends_at),
    KEY ix_windows_cloud (cloud_id, starts_at),
    KEY ix_windows_org (org_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a window did to each PPC when it started: ENTERED (it set maintenance), EXTENDED (maintenance
-- was on with an earlier end; the window now holds it) or ALREADY_ON (held by someone else; left alone).
CREATE TABLE maintenance_window_clouds (
    window_id   VARCHAR(64)  NOT NULL,
    cloud_id    VARCHAR(64)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (window_id, cloud_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
