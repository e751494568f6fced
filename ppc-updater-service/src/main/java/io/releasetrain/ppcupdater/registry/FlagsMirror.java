package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Keeps the registry's read-only copy of PPC flags in step with maintenance-service, which owns them.
 * A PPC leaving maintenance is picked up by the next rollout step and the update runner.
 */
@ApplicationScoped
public class FlagsMirror {

    static final String CONSUMER = "ppc-updater.flags-mirror";
    private static final Logger LOG = Logger.getLogger(FlagsMirror.class);

    private final Inbox inbox;

    FlagsMirror(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("maintenance-events")
    public CompletionStage<Void> onMaintenanceEvent(Message<String> message) {
        return inbox.deliver(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        // Java 17 has no pattern switch: the one event that matters is picked out, and window events
        // (whose start and end arrive as FlagsChanged of their own) are skipped on purpose.
        if (envelope.event() instanceof FlagsChanged changed) {
            copy(changed);
        }
    }

    private static void copy(FlagsChanged changed) {
        Ppc ppc = Ppc.findById(changed.cloudId());
        if (ppc == null) {
            LOG.warnf("Flags of cloud %s changed, but it is not in the fleet registry; ignored", changed.cloudId());
            return;
        }
        ppc.flags = changed.flagsAfter();
    }
}
