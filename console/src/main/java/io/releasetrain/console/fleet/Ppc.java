package io.releasetrain.console.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A PPC as ppc-updater-service's fleet registry lists it ({@code GET /ppcs}).
 *
 * @param status  where it stands in the fleet: PROVISIONING, READY, ATTACHED, DETACHED, FAILED, CANCELLED, RETIRED
 * @param flags   every flag bit, as maintenance-service last announced them
 * @param version the PPC version it runs, when known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ppc(String cloudId, String name, String orgId, String kind, String environment, String region,
        String version, String status, long flags, boolean maintenance, boolean healthCheckOptOut,
        String registeredBy, Instant registeredAt, String updatedBy, Instant updatedAt) {

    /** The flags in hex, every bit, as the runbook writes them (e.g. {@code 0x3}). */
    public String hex() {
        return "0x" + Long.toHexString(flags);
    }
}
