package io.releasetrain.promoter.ingress;

import io.releasetrain.events.ReleaseTrainEvent;
import java.util.List;

/** What a verified delivery becomes: events to publish, or nothing, on purpose, for a stated reason. */
public sealed interface Normalized permits Normalized.Events, Normalized.Ignored {

    /** Events to publish, in order. */
    record Events(List<ReleaseTrainEvent> events) implements Normalized {
        public Events {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("events must not be empty; use Ignored");
            }
        }
    }

    /** A delivery the train has no use for: an action, state or ref it does not follow. */
    record Ignored(String reason) implements Normalized {
    }

    static Normalized of(ReleaseTrainEvent event) {
        return new Events(List.of(event));
    }

    static Normalized ignored(String reason) {
        return new Ignored(reason);
    }
}
