-- The relay deletes a row in the transaction that saw Kafka acknowledge it, instead of marking it sent
-- and purging it days later: every row in outbox_event is pending. The relay reads them in seq order
-- from the primary key, so the index on sent_at and the column itself go. Kafka's topics are the record
-- of what was published.
-- Shared migrations are numbered V0_x so they sort before a service's own V1; a database that already has
-- the service's later versions applies them out of order (quarkus.flyway.out-of-order=true).
DELETE FROM outbox_event WHERE sent_at IS NOT NULL;
ALTER TABLE outbox_event DROP INDEX ix_outbox_pending, DROP COLUMN sent_at;
