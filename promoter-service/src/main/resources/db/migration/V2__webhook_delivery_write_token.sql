-- Several deliveries are recorded with one multi-row INSERT IGNORE; each insert stamps its rows with a
-- random token, so that it can tell the rows it wrote from duplicates that already existed.
ALTER TABLE webhook_delivery ADD COLUMN write_token BIGINT NOT NULL DEFAULT 0;
