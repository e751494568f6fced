package io.releasetrain.messaging.inbox;

import io.releasetrain.events.ReleaseTrainEvent;
import java.time.Instant;

/**
 * An event as a consumer receives it: its CloudEvent attributes and its decoded data.
 *
 * @param subject may be null
 * @param time    may be null when the producer did not say
 */
public record EventEnvelope<E extends ReleaseTrainEvent>(
        String id, String type, String source, String subject, Instant time, E event) {
}
