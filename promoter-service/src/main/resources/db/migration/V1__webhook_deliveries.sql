-- Webhook deliveries taken in by promoter-service. A delivery's row commits in the same transaction as
-- the outbox rows of the events it caused, so a redelivered or replayed delivery is recognised by its key.
CREATE TABLE webhook_delivery (
    source      VARCHAR(16)  NOT NULL,
    delivery_id VARCHAR(100) NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    repository  VARCHAR(200) NOT NULL,
    event_count INT          NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (source, delivery_id),
    KEY ix_webhook_delivery_received_at (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Redeliveries promoter-service asked GitHub for, per hook and delivery guid, so that a delivery our
-- endpoint keeps refusing is asked for a bounded number of times.
CREATE TABLE github_redelivery (
    hook_id           BIGINT       NOT NULL,
    delivery_guid     VARCHAR(100) NOT NULL,
    attempts          INT          NOT NULL,
    last_requested_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (hook_id, delivery_guid),
    KEY ix_github_redelivery_requested_at (last_requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
