package io.releasetrain.ppcupdater;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The bus as other services use it: events published as CloudEvents, events read back from topics. */
public final class Bus {

    private Bus() {
    }

    /** Publishes {@code event} as its producer would: binary-mode CloudEvent on its topic, keyed as the catalog says. */
    public static void publish(ReleaseTrainEvent event, String source) {
        EventType type = EventCatalog.of(event);
        TestKafka.send(type.topic(), event.key(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, type.name(),
                CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.TIME, Instant.now().toString()), EventJson.write(event));
    }

    /** Every event of {@code type} on its topic that matches {@code filter}. */
    public static <E extends ReleaseTrainEvent> List<E> events(Class<E> type, Predicate<E> filter) {
        EventType eventType = EventCatalog.of(type);
        return TestKafka.readAll(eventType.topic(), Duration.ofMillis(300)).stream()
                .filter(r -> eventType.name().equals(TestKafka.header(r, CloudEventHeaders.TYPE)))
                .map(r -> EventJson.read(type, r.value()))
                .filter(filter)
                .toList();
    }
}
