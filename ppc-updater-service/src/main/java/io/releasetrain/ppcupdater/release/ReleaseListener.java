package io.releasetrain.ppcupdater.release;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import io.releasetrain.ppcupdater.rollout.RolloutPlanning;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The promotion engine's events that move PPCs: a deployed environment updates its service PPCs; a
 * promoted production release starts a customer rollout. Every other release event (promotions opening,
 * checks, merges, freezes, rollbacks) is skipped on purpose: it changes nothing on a PPC.
 */
@ApplicationScoped
public class ReleaseListener {

    static final String CONSUMER = "ppc-updater.releases";

    private final Inbox inbox;
    private final ServicePpcUpdates servicePpcs;
    private final RolloutPlanning rollouts;

    ReleaseListener(Inbox inbox, ServicePpcUpdates servicePpcs, RolloutPlanning rollouts) {
        this.inbox = inbox;
        this.servicePpcs = servicePpcs;
        this.rollouts = rollouts;
    }

    @Incoming("release-events")
    public CompletionStage<Void> onReleaseEvent(Message<String> message) {
        return inbox.deliver(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        ReleaseTrainEvent event = envelope.event();
        if (event instanceof EnvironmentDeployed deployed) {
            servicePpcs.onDeployed(deployed);
        } else if (event instanceof ReleasePromoted promoted) {
            rollouts.onPromoted(promoted);
        }
    }
}
