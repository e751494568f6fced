package io.releasetrain.cli;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.testsupport.TestKafka;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Publishes an event on the real broker as the service that owns it would: a binary-mode CloudEvent on its topic. */
final class Bus {

    private Bus() {
    }

    static void publish(ReleaseTrainEvent event, String source) {
        EventType type = EventCatalog.of(event);
        TestKafka.send(type.topic(), event.key(), Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", type.name(), "ce_source", source, "ce_subject", event.subject(),
                "ce_time", Instant.now().toString()), EventJson.write(event));
    }
}
