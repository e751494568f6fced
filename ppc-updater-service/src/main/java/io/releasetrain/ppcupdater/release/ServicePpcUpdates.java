package io.releasetrain.ppcupdater.release;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.update.UpdateScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * When an environment deploys, every PPC attached to it is updated to the PPC version the deployed
 * release pins. Without a version in the release's manifest nothing is updated, and an event says why.
 */
@ApplicationScoped
public class ServicePpcUpdates {

    private final UpdateScheduler updates;
    private final Outbox outbox;

    ServicePpcUpdates(UpdateScheduler updates, Outbox outbox) {
        this.updates = updates;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDeployed(EnvironmentDeployed deployed) {
        List<Ppc> ppcs = Ppc.list("kind = ?1 and environment = ?2 and status = ?3", PpcKind.SERVICE,
                deployed.environment(), PpcStatus.ATTACHED);
        if (ppcs.isEmpty()) {
            return;
        }
        String version = deployed.manifest() == null ? null : deployed.manifest().ppcVersion();
        if (version == null) {
            outbox.publish(new PpcUpdatesWithheld(deployed.environment(), deployed.sha(),
                    "the deployed release's manifest names no PPC version, so its PPCs were not updated (the train "
                            + "never guesses a version)", ppcs.size()));
            return;
        }
        String sdkVersion = deployed.manifest().sdkVersion();
        String trigger = "deploy:" + deployed.environment() + "@" + deployed.sha();
        ppcs.forEach(ppc -> updates.scheduleUpdate(ppc, version, sdkVersion, null, trigger));
    }
}
