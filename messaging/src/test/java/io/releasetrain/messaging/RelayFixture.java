package io.releasetrain.messaging;

import io.releasetrain.messaging.outbox.EventPublisher;
import io.releasetrain.messaging.outbox.KafkaEventPublisher;
import io.releasetrain.messaging.outbox.OutboxRecord;
import io.releasetrain.messaging.outbox.OutboxRelay;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Relays built by hand, so a test can stop one at a chosen point and start another. */
final class RelayFixture {

    private RelayFixture() {
    }

    static KafkaEventPublisher publisher(Map<String, Object> kafka, String name) {
        return KafkaEventPublisher.create(kafka, name, Duration.ofSeconds(20));
    }

    static OutboxRelay relay(DataSource dataSource, EventPublisher publisher) {
        return new OutboxRelay(dataSource, publisher, 50);
    }

    /** Runs the relay until nothing is pending; returns how many rows it published. */
    static int drain(OutboxRelay relay) throws SQLException {
        int total = 0;
        int published;
        do {
            published = relay.relayOnce();
            total += published;
        } while (published > 0);
        return total;
    }

    /** Publishes for real, then dies before the relay can delete the published rows: a crash after the send. */
    static EventPublisher crashingAfterSend(EventPublisher real) {
        return (List<OutboxRecord> records) -> {
            real.publish(records);
            throw new IllegalStateException("relay process killed after Kafka acknowledged the batch");
        };
    }
}
