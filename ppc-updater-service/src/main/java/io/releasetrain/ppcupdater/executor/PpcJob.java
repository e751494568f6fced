package io.releasetrain.ppcupdater.executor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One job on one PPC, with everything it runs with.
 *
 * @param jobId       the train's id of the job (the update id); unique, and how a started job is found again
 * @param kind        update or create
 * @param ppcName     the PPC's full name
 * @param namePrefix  the stack name prefix ({@code PULUMI_STACK_NAME_OVERRIDE})
 * @param nameSuffix  the suffix the script takes
 * @param ppcVersion  the PPC version to install
 * @param sdkVersion  optional: the SDK version the job runs with
 * @param config      the PPC's configuration as {@code PPC_CONFIG_<KEY>=value} entries
 * @param extra       further job parameters (create jobs: region, credential set, callback)
 */
public record PpcJob(String jobId, JobKind kind, String ppcName, String namePrefix, String nameSuffix,
        String ppcVersion, String sdkVersion, List<String> config, Map<String, String> extra) {

    public PpcJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ppcName, "ppcName");
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(nameSuffix, "nameSuffix");
        Objects.requireNonNull(ppcVersion, "ppcVersion");
        config = List.copyOf(config);
        extra = Map.copyOf(extra);
    }

    /** Without the parameter values: a create job's carry its single-use callback token. */
    @Override
    public String toString() {
        return "PpcJob[jobId=" + jobId + ", kind=" + kind + ", ppcName=" + ppcName + ", ppcVersion=" + ppcVersion
                + ", extra=" + extra.keySet() + "]";
    }
}
