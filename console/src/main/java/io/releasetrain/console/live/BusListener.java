package io.releasetrain.console.live;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventFormatException;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads all five topics (channel {@code bus}, the console's own consumer group) and hands each event to the
 * {@link LiveFeed}. The console changes nothing, so it needs no inbox: a redelivered event is shown again.
 */
@ApplicationScoped
public class BusListener {

    private static final Logger LOG = Logger.getLogger(BusListener.class);

    private final LiveFeed feed;

    BusListener(LiveFeed feed) {
        this.feed = feed;
    }

    @Incoming("bus")
    public void receive(ConsumerRecord<String, String> record) {
        read(record).ifPresent(feed::publish);
    }

    /** The event a record carries; empty for records that are not events of a type this build knows. */
    static Optional<LiveEvent> read(ConsumerRecord<String, String> record) {
        var headers = record.headers();
        String id = CloudEventHeaders.read(headers, CloudEventHeaders.ID).orElse(null);
        String type = CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).orElse(null);
        if (id == null || type == null || EventCatalog.byName(type).isEmpty() || record.value() == null) {
            // Not an event, or one a newer producer added: skipped on purpose.
            return Optional.empty();
        }
        try {
            ReleaseTrainEvent event = EventJson.read(type, record.value());
            return Optional.of(new LiveEvent(id, record.topic(), type,
                    CloudEventHeaders.read(headers, CloudEventHeaders.SOURCE).orElse(null),
                    CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT).orElse(event.subject()),
                    CloudEventHeaders.time(headers).orElse(null), EventSummaries.of(event)));
        } catch (EventFormatException e) {
            LOG.debugf("Skipped unreadable event %s on %s: %s", id, record.topic(), e.getMessage());
            return Optional.empty();
        }
    }
}
