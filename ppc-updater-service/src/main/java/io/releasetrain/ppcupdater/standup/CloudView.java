package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import java.time.Instant;

/**
 * A PPC and its stand-up as {@code /clouds} shows them; never its access token.
 *
 * @param jobState      the current create job's state, e.g. {@code RUNNING}; null for a PPC the train did not create
 * @param jobUrl        the current create job's build page, once known
 * @param failureReason why the stand-up failed, when FAILED
 * @param tokenStored   whether an access token is stored for it (read it with {@code POST /clouds/{id}/access-token})
 */
public record CloudView(String cloudId, String name, String namePrefix, String nameSuffix, String orgId, PpcKind kind,
        String environment, String region, String version, String endpoint, PpcStatus status, String credentialSet,
        int attempts, String jobState, String jobUrl, String failureReason, boolean tokenStored, String requestedBy,
        Instant requestedAt, Instant reportedAt, String updatedBy, Instant updatedAt) {

    static CloudView of(Ppc ppc) {
        StandUp standUp = StandUp.findById(ppc.cloudId);
        boolean tokenStored = PpcAccessToken.findById(ppc.cloudId) != null;
        if (standUp == null) {
            return new CloudView(ppc.cloudId, ppc.name, ppc.namePrefix, ppc.nameSuffix, ppc.orgId, ppc.kind,
                    ppc.environment, ppc.region, ppc.version, ppc.endpoint, ppc.status, null, 0, null, null, null,
                    tokenStored, ppc.registeredBy, ppc.registeredAt, null, ppc.updatedBy, ppc.updatedAt);
        }
        PpcUpdate job = standUp.updateId == null ? null : PpcUpdate.findById(standUp.updateId);
        String jobUrl = standUp.jobUrl != null ? standUp.jobUrl : job == null ? null : job.jobUrl;
        return new CloudView(ppc.cloudId, ppc.name, ppc.namePrefix, ppc.nameSuffix, ppc.orgId, ppc.kind, ppc.environment,
                ppc.region, ppc.version, ppc.endpoint, ppc.status, standUp.credentialSet, standUp.attempts,
                job == null ? null : job.state.name(), jobUrl, standUp.failureReason, tokenStored, standUp.requestedBy,
                standUp.requestedAt, standUp.reportedAt, ppc.updatedBy, ppc.updatedAt);
    }
}
