-- The order promotions were requested in. created_at cannot say it: Connector/J sees MariaDB as 5.5.5-10.11
-- (older than fractional seconds) and drops them, so promotions requested in the same second tie. seq is
-- assigned by the database on insert, increasing across every instance. Existing rows are numbered in
-- created_at order first (ties by id, as they were listed before).
ALTER TABLE promotion ADD COLUMN seq BIGINT NULL;
SET @seq := 0;
UPDATE promotion SET seq = (@seq := @seq + 1) ORDER BY created_at, id;
ALTER TABLE promotion MODIFY seq BIGINT NOT NULL AUTO_INCREMENT, ADD UNIQUE KEY promotion_seq (seq),
    ADD KEY promotion_target_seq (target_environment, seq);
