package io.releasetrain.maintenance.cloud;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the {@code clouds} table in step with the fleet registry. Registration adds a PPC or
 * updates its name and organization; it never touches the flags, which only this service sets.
 */
@ApplicationScoped
public class FleetMirror {

    static final String CONSUMER = "maintenance.fleet-mirror";

    private final Inbox inbox;
    private final Clock clock;

    FleetMirror(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("ppc-events")
    public CompletionStage<Void> onFleetEvent(Message<String> message) {
        return inbox.deliver(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        ReleaseTrainEvent event = envelope.event();
        if (event instanceof PpcRegistered registered) {
            upsert(registered);
        } else if (event instanceof PpcRetired retired) {
            Cloud cloud = Cloud.findById(retired.cloudId());
            if (cloud != null) {
                cloud.retired = true;
                cloud.updatedAt = clock.instant();
            }
        }
        // Every other ppc-event (updates, rollouts) is about work, not identity: skipped on purpose.
    }

    private void upsert(PpcRegistered registered) {
        Cloud cloud = Cloud.findById(registered.cloudId());
        boolean isNew = cloud == null;
        if (isNew) {
            cloud = new Cloud();
            cloud.id = registered.cloudId();
            cloud.flags = 0;
        }
        cloud.name = registered.name();
        cloud.orgId = registered.orgId();
        cloud.retired = false;
        cloud.updatedAt = clock.instant();
        if (isNew) {
            cloud.persist();
        }
    }
}
