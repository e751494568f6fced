-- The registry learns what the train needs to update a PPC: its name parts, region, version, status and
-- a read-only copy of its flags (maintenance-service owns them; FlagsChanged events keep this copy).
ALTER TABLE ppc
    ADD COLUMN name_prefix  VARCHAR(100) NULL,
    ADD COLUMN name_suffix  VARCHAR(100) NULL,
    ADD COLUMN region       VARCHAR(64)  NULL,
    ADD COLUMN ppc_version  VARCHAR(100) NULL,
    ADD COLUMN status       VARCHAR(16)  NOT NULL DEFAULT 'ATTACHED',
    ADD COLUMN flags        BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN health_path  VARCHAR(200) NULL,
    ADD COLUMN updated_by   VARCHAR(200) NULL,
    ADD COLUMN updated_at   TIMESTAMP(6) NULL,
    ADD KEY ix_ppc_status (status),
    ADD KEY ix_ppc_version (ppc_version);

-- Per-PPC configuration, one row per version; the highest version is the current one. Values are plain
-- settings; secrets are only names in the CI's secret store.
CREATE TABLE ppc_config (
    cloud_id   VARCHAR(64)   NOT NULL,
    version    INT           NOT NULL,
    entries    TEXT          NOT NULL,
    changed_by VARCHAR(200)  NOT NULL,
    reason     VARCHAR(500)  NOT NULL,
    changed_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (cloud_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One CI job that updates (or creates) one PPC, from PENDING to SUCCEEDED or FAILED.
CREATE TABLE ppc_update (
    update_id        VARCHAR(64)   NOT NULL,
    cloud_id         VARCHAR(64)   NOT NULL,
    rollout_id       VARCHAR(64)   NULL,
    job_kind         VARCHAR(16)   NOT NULL,
    version          VARCHAR(100)  NOT NULL,
    sdk_version      VARCHAR(100)  NULL,
    trigger_ref      VARCHAR(200)  NULL,
    state            VARCHAR(16)   NOT NULL,
    trigger_attempts INT           NOT NULL DEFAULT 0,
    health_attempts  INT           NOT NULL DEFAULT 0,
    request_id       VARCHAR(64)   NULL,
    build_id         VARCHAR(64)   NULL,
    job_url          VARCHAR(500)  NULL,
    build_result     VARCHAR(16)   NULL,
    announced        BOOLEAN       NOT NULL DEFAULT FALSE,
    reason           VARCHAR(1000) NULL,
    deadline         TIMESTAMP(6)  NULL,
    next_check_at    TIMESTAMP(6)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (update_id),
    KEY ix_update_due (state, next_check_at),
    KEY ix_update_build (build_id),
    KEY ix_update_cloud (cloud_id),
    KEY ix_update_rollout (rollout_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Build results heard on ci-events before the build was matched to an update.
CREATE TABLE ci_build_outcome (
    build_id    VARCHAR(64)  NOT NULL,
    result      VARCHAR(16)  NOT NULL,
    url         VARCHAR(500) NULL,
    received_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (build_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rollout of one release to the customer PPCs, in waves.
CREATE TABLE rollout (
    rollout_id         VARCHAR(64)   NOT NULL,
    version            VARCHAR(100)  NOT NULL,
    sdk_version        VARCHAR(100)  NULL,
    release_sha        VARCHAR(64)   NOT NULL,
    promotion_id       VARCHAR(100)  NULL,
    state              VARCHAR(24)   NOT NULL,
    current_wave       INT           NOT NULL DEFAULT 0,
    wave_count         INT           NOT NULL,
    waves_announced    INT           NOT NULL DEFAULT 0,
    bake_until         TIMESTAMP(6)  NULL,
    concurrency        INT           NOT NULL,
    failure_budget     INT           NOT NULL,
    failures_forgiven  INT           NOT NULL DEFAULT 0,
    bake_seconds       BIGINT        NOT NULL,
    halt_reason        VARCHAR(1000) NULL,
    started_by         VARCHAR(200)  NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rollout_id),
    KEY ix_rollout_state (state),
    KEY ix_rollout_version (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every PPC of a rollout, its wave and where it stands. One row per PPC and rollout: a PPC is updated at
-- most once per rollout unless a person asks for a retry.
CREATE TABLE rollout_ppc (
    rollout_id  VARCHAR(64)   NOT NULL,
    cloud_id    VARCHAR(64)   NOT NULL,
    wave        INT           NOT NULL,
    position    INT           NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    update_id   VARCHAR(64)   NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    reason      VARCHAR(1000) NULL,
    decided_by  VARCHAR(200)  NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rollout_id, cloud_id),
    KEY ix_rollout_ppc_wave (rollout_id, wave, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
