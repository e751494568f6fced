package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ppc.PpcKind;
import java.time.Instant;

/** A PPC as the REST API shows it. */
public record PpcView(String cloudId, String name, String namePrefix, String nameSuffix, String orgId, PpcKind kind,
        String environment, String endpoint, String region, String version, PpcStatus status, long flags,
        boolean maintenance, boolean healthCheckOptOut, String healthPath, String registeredBy, Instant registeredAt,
        String updatedBy, Instant updatedAt) {

    static PpcView of(Ppc ppc) {
        return new PpcView(ppc.cloudId, ppc.name, ppc.namePrefix, ppc.nameSuffix, ppc.orgId, ppc.kind, ppc.environment,
                ppc.endpoint, ppc.region, ppc.version, ppc.status, ppc.flags, ppc.inMaintenance(), ppc.healthCheckOptOut(),
                ppc.healthPath, ppc.registeredBy, ppc.registeredAt, ppc.updatedBy, ppc.updatedAt);
    }
}
