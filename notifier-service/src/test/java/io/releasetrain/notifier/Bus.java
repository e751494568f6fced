package io.releasetrain.notifier;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.testsupport.TestKafka;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Publishes events to the real broker as the other services' outbox relays do: binary-mode CloudEvents. */
public final class Bus {

    private Bus() {
    }

    /** Publishes the event with a fresh CloudEvent id; returns the id. */
    public static String publish(ReleaseTrainEvent event) {
        String id = UUID.randomUUID().toString();
        EventType type = EventCatalog.of(event);
        TestKafka.send(type.topic(), event.key(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, type.name(),
                CloudEventHeaders.SOURCE, "test",
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), EventJson.write(event));
        return id;
    }
}
