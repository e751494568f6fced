package io.releasetrain.ppcupdater.update;

import io.releasetrain.ppcupdater.config.PpcConfigStore;
import io.releasetrain.ppcupdater.executor.PpcJob;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a PPC job runs with: the PPC's name parts, the versions of the release, its current
 * configuration, and for create jobs what {@link JobExtras} add.
 */
@ApplicationScoped
public class JobParameters {

    private final Instance<JobExtras> extras;

    JobParameters(Instance<JobExtras> extras) {
        this.extras = extras;
    }

    /**
     * The job for {@code update}.
     *
     * @throws IllegalStateException when the PPC lacks what a job needs, with the reason
     */
    public PpcJob jobFor(PpcUpdate update, Ppc ppc) {
        if (ppc.namePrefix == null || ppc.nameSuffix == null) {
            throw new IllegalStateException("PPC " + ppc.name + " has no name prefix and suffix (set them with PATCH /ppcs/"
                    + ppc.cloudId + ")");
        }
        Map<String, String> extra = new HashMap<>();
        extras.forEach(source -> extra.putAll(source.extrasFor(update, ppc)));
        return new PpcJob(update.updateId, update.jobKind, ppc.name, ppc.namePrefix, ppc.nameSuffix, update.version,
                update.sdkVersion, PpcConfigStore.currentEntries(ppc.cloudId).asJobEnvironment(), extra);
    }

    /** Adds job parameters of one kind of job (e.g. a create job's region and callback). */
    public interface JobExtras {
        /** Extra {@code KEY=value} parameters for this job; empty when none. */
        Map<String, String> extrasFor(PpcUpdate update, Ppc ppc);
    }
}
