package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.rollout.RolloutConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The PPC version production runs, for a stand-up that names none: the version most of production's attached
 * service PPCs run (they are updated with every production deployment), else the one most attached customer
 * PPCs run.
 */
@ApplicationScoped
public class ProductionVersion {

    private final RolloutConfig rollouts;

    ProductionVersion(RolloutConfig rollouts) {
        this.rollouts = rollouts;
    }

    /** The version, when any attached PPC tells it. */
    public Optional<String> current() {
        return mostRun(Ppc.find("select p.version from Ppc p where p.status = ?1 and p.kind = ?2 and p.environment = ?3 "
                + "and p.version is not null group by p.version order by count(p) desc, max(p.updatedAt) desc",
                PpcStatus.ATTACHED, PpcKind.SERVICE, rollouts.environment()).project(String.class).page(0, 1).list())
                .or(() -> mostRun(Ppc.find("select p.version from Ppc p where p.status = ?1 and p.kind = ?2 "
                        + "and p.version is not null group by p.version order by count(p) desc, max(p.updatedAt) desc",
                        PpcStatus.ATTACHED, PpcKind.CUSTOMER).project(String.class).page(0, 1).list()));
    }

    private static Optional<String> mostRun(List<String> versions) {
        return versions.stream().findFirst();
    }
}
