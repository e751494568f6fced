-- The transactional outbox and the consumer inbox, shared by every service. Each service lists
-- db/messaging in quarkus.flyway.locations; version 0.1 sorts before the service's own V1.

CREATE TABLE outbox_event (
    seq           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      VARCHAR(64)  NOT NULL,
    topic         VARCHAR(249) NOT NULL,
    record_key    VARCHAR(512) NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    event_source  VARCHAR(200) NOT NULL,
    event_subject VARCHAR(512) NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    payload       MEDIUMTEXT   NOT NULL,
    sent_at       TIMESTAMP(6) NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_pending (sent_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per relay: an instance relays only while it holds this row's lock (FOR UPDATE SKIP LOCKED),
-- so two instances never publish the same row and order per key is kept.
CREATE TABLE outbox_relay_lock (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;

INSERT INTO outbox_relay_lock (name) VALUES ('relay');

CREATE TABLE inbox_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (consumer, event_id),
    KEY ix_inbox_processed_at (processed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
