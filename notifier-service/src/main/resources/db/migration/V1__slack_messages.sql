-- Every Slack message the notifier owes, written in the transaction that records the event behind it in the
-- inbox, and worked through by the sender per channel in id order.
CREATE TABLE slack_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_id        VARCHAR(200)  NOT NULL,
    event_type      VARCHAR(200)  NOT NULL,
    -- POST: a new message (thread head, reply or on its own); UPDATE: chat.update of a thread's head.
    action          VARCHAR(10)   NOT NULL,
    channel         VARCHAR(200)  NOT NULL,
    thread_key      VARCHAR(200)  NULL,
    -- True for the message that opens a thread: its ts becomes the thread's.
    thread_head     BOOLEAN       NOT NULL,
    text            TEXT          NOT NULL,
    blocks          MEDIUMTEXT    NOT NULL,
    -- PENDING until SENT; DEAD when Slack refused it for good (reason in last_error); SKIPPED when a
    -- later update of the same head made it pointless, or its thread head never reached Slack.
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    -- Times the sender schedules by are epoch milliseconds: MariaDB through Connector/J drops the fraction
    -- of a TIMESTAMP(6), which would let two messages leave less than a second apart.
    next_attempt_ms BIGINT        NOT NULL,
    -- Set before a POST leaves and cleared when Slack's answer says what happened; a value left behind
    -- (crash, timeout, 5xx) means Slack may have posted it: the next attempt looks before posting again.
    in_doubt_ms     BIGINT        NULL,
    last_error      VARCHAR(500)  NULL,
    slack_channel   VARCHAR(64)   NULL,
    slack_ts        VARCHAR(32)   NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    retried_by      VARCHAR(200)  NULL,
    retry_reason    VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_slack_message_event (event_id, action),
    KEY ix_slack_message_queue (status, channel, id),
    KEY ix_slack_message_thread (thread_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per promotion, rollout or rollback that has a thread: where its head was posted, and the state
-- the head shows, which each later event of the thread changes.
CREATE TABLE slack_thread (
    thread_key      VARCHAR(200)  NOT NULL,
    channel         VARCHAR(200)  NOT NULL,
    head_message_id BIGINT        NOT NULL,
    head_state      TEXT          NOT NULL,
    slack_channel   VARCHAR(64)   NULL,
    slack_ts        VARCHAR(32)   NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (thread_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per channel: the sender holds its lock (FOR UPDATE SKIP LOCKED) while it sends, so one instance at
-- a time posts to a channel, in order; not_before_ms spaces messages out (rate limit, Retry-After).
CREATE TABLE slack_channel (
    channel       VARCHAR(200) NOT NULL,
    slack_channel VARCHAR(64)  NULL,
    not_before_ms BIGINT       NOT NULL,
    PRIMARY KEY (channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
