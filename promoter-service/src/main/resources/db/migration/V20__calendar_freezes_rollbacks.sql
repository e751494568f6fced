-- The release calendar: when the calendar first watched each train (slots before are not its business),
-- and one row per slot it handled. The primary key is the slot's id (calendar:<train>:<instant>), so
-- several instances record (and trigger) each slot once.
CREATE TABLE calendar_train (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    watched_since TIMESTAMP(6) NOT NULL
);

CREATE TABLE calendar_slot (
    id                 VARCHAR(200)  NOT NULL PRIMARY KEY,
    train              VARCHAR(64)   NOT NULL,
    slot_at            TIMESTAMP(6)  NOT NULL,
    source_environment VARCHAR(64)   NOT NULL,
    target_environment VARCHAR(64)   NOT NULL,
    outcome            VARCHAR(16)   NOT NULL,
    catch_up           BOOLEAN       NOT NULL,
    detail             VARCHAR(2000) NULL,
    promotion_id       VARCHAR(64)   NULL,
    recorded_at        TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            BIGINT        NOT NULL,
    KEY calendar_slot_target (target_environment, slot_at),
    KEY calendar_slot_outcome (outcome, updated_at)
);

-- Freeze windows: no scheduled promotion into the listed environments while one holds; a manual one needs
-- an explicit override. environments is a comma-separated list of names.
CREATE TABLE freeze (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    environments VARCHAR(500)  NOT NULL,
    starts_at    TIMESTAMP(6)  NOT NULL,
    ends_at      TIMESTAMP(6)  NOT NULL,
    weekly       BOOLEAN       NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    ended_at     TIMESTAMP(6)  NULL,
    ended_by     VARCHAR(200)  NULL,
    end_reason   VARCHAR(1000) NULL
);

-- Rollbacks: each is a promotion (same checks, deploy tracking, approval) of a commit whose tree is an
-- earlier release's, made on top of the target's head.
CREATE TABLE rollback (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    environment       VARCHAR(64)   NOT NULL,
    promotion_id      VARCHAR(64)   NOT NULL,
    from_sha          CHAR(40)      NOT NULL,
    to_sha            CHAR(40)      NOT NULL,
    to_promotion_id   VARCHAR(64)   NULL,
    rollback_sha      CHAR(40)      NOT NULL,
    requested_by      VARCHAR(200)  NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    finished_at       TIMESTAMP(6)  NULL,
    succeeded         BOOLEAN       NULL,
    UNIQUE KEY rollback_promotion (promotion_id),
    KEY rollback_environment (environment, created_at)
);
