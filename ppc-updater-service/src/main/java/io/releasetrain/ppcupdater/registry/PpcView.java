package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ppc.PpcKind;
import java.time.Instant;

/** A PPC as the REST API shows it. */
public record PpcView(String cloudId, String name, String orgId, PpcKind kind, String environment,
        String endpoint, String registeredBy, Instant registeredAt) {

    static PpcView of(Ppc ppc) {
        return new PpcView(ppc.cloudId, ppc.name, ppc.orgId, ppc.kind, ppc.environment, ppc.endpoint,
                ppc.registeredBy, ppc.registeredAt);
    }
}
