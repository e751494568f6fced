-- Promotions: one row per promotion, its timeline, the latest result of each check on its head, and what
-- each environment runs. in_flight_target is the target environment while the promotion is in flight and
-- NULL after: the unique key allows one promotion in flight per target, across every instance.
CREATE TABLE promotion (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    repository          VARCHAR(200)  NOT NULL,
    source_environment  VARCHAR(64)   NOT NULL,
    target_environment  VARCHAR(64)   NOT NULL,
    source_branch       VARCHAR(255)  NOT NULL,
    target_branch       VARCHAR(255)  NOT NULL,
    promotion_branch    VARCHAR(255)  NOT NULL,
    candidate_sha       CHAR(40)      NOT NULL,
    head_sha            CHAR(40)      NOT NULL,
    state               VARCHAR(32)   NOT NULL,
    in_flight_target    VARCHAR(64)   NULL,
    requires_approval   BOOLEAN       NOT NULL,
    pull_request_number INT           NULL,
    pull_request_url    VARCHAR(500)  NULL,
    merge_sha           CHAR(40)      NULL,
    merge_claimed_at    TIMESTAMP(6)  NULL,
    deploy_build_url    VARCHAR(500)  NULL,
    ppc_version         VARCHAR(100)  NULL,
    sdk_version         VARCHAR(100)  NULL,
    commit_count        INT           NULL,
    compare_url         VARCHAR(500)  NULL,
    trigger_kind        VARCHAR(16)   NOT NULL,
    requested_by        VARCHAR(200)  NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    approved_by         VARCHAR(200)  NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    UNIQUE KEY promotion_in_flight (in_flight_target),
    KEY promotion_head (repository, head_sha),
    KEY promotion_merge (repository, merge_sha),
    KEY promotion_target_created (target_environment, created_at)
);

CREATE TABLE promotion_timeline (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    promotion_id VARCHAR(64)   NOT NULL,
    at           TIMESTAMP(6)  NOT NULL,
    state        VARCHAR(32)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    KEY promotion_timeline_promotion (promotion_id, id)
);

CREATE TABLE promotion_check (
    promotion_id VARCHAR(64)  NOT NULL,
    sha          CHAR(40)     NOT NULL,
    name         VARCHAR(255) NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    url          VARCHAR(500) NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (promotion_id, sha, name)
);

CREATE TABLE environment_deployment (
    environment  VARCHAR(64)  NOT NULL PRIMARY KEY,
    sha          CHAR(40)     NOT NULL,
    since        TIMESTAMP(6) NOT NULL,
    promotion_id VARCHAR(64)  NULL
);
