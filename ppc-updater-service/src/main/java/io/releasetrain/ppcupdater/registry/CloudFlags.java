package io.releasetrain.ppcupdater.registry;

/** The PPC flag bits the updater reads; maintenance-service sets them. */
public final class CloudFlags {

    /** Maintenance mode: stack create/update requests get 503, and the train does not update the PPC. */
    public static final long MAINTENANCE = 0x1;
    /** Opted out of health checks: updated, but its health is not checked afterwards. */
    public static final long NO_HEALTH_CHECK = 0x2;

    private CloudFlags() {
    }

    public static boolean inMaintenance(long flags) {
        return (flags & MAINTENANCE) != 0;
    }

    public static boolean healthCheckOptOut(long flags) {
        return (flags & NO_HEALTH_CHECK) != 0;
    }
}
