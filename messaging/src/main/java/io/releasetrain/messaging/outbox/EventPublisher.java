package io.releasetrain.messaging.outbox;

import java.util.List;

/** Where the relay sends outbox rows. Returns only once every record is acknowledged. */
public interface EventPublisher {

    /**
     * Publishes the records in order and waits for the broker to acknowledge all of them.
     *
     * @throws PublishException when any record was not acknowledged; some may have been
     */
    void publish(List<OutboxRecord> records);

    /** Thrown when a batch could not be published. */
    final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
