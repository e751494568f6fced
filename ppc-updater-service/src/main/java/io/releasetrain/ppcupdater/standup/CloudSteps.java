package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Attaching a PPC to its organization (the train updates only attached PPCs), detaching it, and retiring it;
 * each an event with who and why. Works for any PPC in the registry, stood up by the train or registered.
 */
@ApplicationScoped
public class CloudSteps {

    private final FleetRegistry registry;
    private final Outbox outbox;
    private final Clock clock;

    CloudSteps(FleetRegistry registry, Outbox outbox, Clock clock) {
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** ATTACH or DETACH. */
    @Transactional
    public Ppc take(String cloudId, CloudStep step, String actor, String reason) {
        if (step != CloudStep.ATTACH && step != CloudStep.DETACH) {
            throw new IllegalArgumentException(step + " is not an attachment step");
        }
        Ppc ppc = FleetRegistry.existing(cloudId);
        ppc.status = step.from(ppc.status);
        registry.announce(ppc, step.change(), actor, reason);
        return ppc;
    }

    /** The PPC leaves the fleet for good. */
    @Transactional
    public Ppc retire(String cloudId, String actor, String reason) {
        Ppc ppc = FleetRegistry.existing(cloudId);
        ppc.status = CloudStep.RETIRE.from(ppc.status);
        ppc.updatedBy = actor;
        ppc.updatedAt = clock.instant();
        outbox.publish(new PpcRetired(ppc.cloudId, ppc.orgId, actor, reason));
        return ppc;
    }
}
