package io.releasetrain.console.fleet;

import io.releasetrain.console.maintenance.CloudFlags;

/**
 * One PPC of the Fleet page: the registry's record joined with its flags.
 *
 * @param flags null while maintenance-service has not heard of the PPC yet
 */
public record FleetRow(Ppc ppc, CloudFlags flags) {

    /** In maintenance (0x1). */
    public boolean inMaintenance() {
        return flags != null && flags.maintenance();
    }

    /** Opted out of health checks (0x2). */
    public boolean optedOut() {
        return flags != null && flags.healthCheckOptOut();
    }

    /** A word for the PPC's state: {@code maintenance}, {@code opted-out}, {@code active} or {@code pending}. */
    public String status() {
        if (flags == null) {
            return "pending";
        }
        if (flags.retired()) {
            return "retired";
        }
        return inMaintenance() ? "maintenance" : optedOut() ? "opted-out" : "active";
    }
}
