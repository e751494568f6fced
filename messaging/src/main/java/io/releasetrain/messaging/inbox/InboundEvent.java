package io.releasetrain.messaging.inbox;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventFormatException;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** What a Kafka record turned out to be once its CloudEvent headers and data were read. */
sealed interface InboundEvent {

    /** A well-formed event of a type this build knows. */
    record Known(EventEnvelope<ReleaseTrainEvent> envelope) implements InboundEvent {
    }

    /** A well-formed CloudEvent of a type a newer producer added; skipped on purpose. */
    record UnknownType(String id, String type) implements InboundEvent {
    }

    /** Not something any consumer can process, whatever it retries: a poison message. */
    record Malformed(String reason) implements InboundEvent {
    }

    /** Reads a record's headers and value. Never throws. */
    static InboundEvent read(Headers headers, Object value) {
        String id = CloudEventHeaders.read(headers, CloudEventHeaders.ID).orElse(null);
        String type = CloudEventHeaders.read(headers, CloudEventHeaders.TYPE).orElse(null);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            return new Malformed("not a binary-mode CloudEvent: ce_id or ce_type header missing");
        }
        if (EventCatalog.byName(type).isEmpty()) {
            return new UnknownType(id, type);
        }
        String json = value instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
        if (json == null || json.isBlank()) {
            return new Malformed("event " + id + " of type " + type + " has no data");
        }
        try {
            ReleaseTrainEvent event = EventJson.read(type, json);
            return new Known(new EventEnvelope<>(id, type,
                    CloudEventHeaders.read(headers, CloudEventHeaders.SOURCE).orElse("unknown"),
                    CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT).orElse(null),
                    CloudEventHeaders.time(headers).orElse(null), event));
        } catch (EventFormatException e) {
            return new Malformed("event " + id + ": " + e.getMessage());
        }
    }
}
