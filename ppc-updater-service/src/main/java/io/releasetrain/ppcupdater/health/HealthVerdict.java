package io.releasetrain.ppcupdater.health;

/**
 * What one health check found.
 *
 * @param reason why the PPC is unhealthy; null when healthy
 */
public record HealthVerdict(boolean healthy, String reason) {

    public static HealthVerdict ok() {
        return new HealthVerdict(true, null);
    }

    public static HealthVerdict unhealthy(String reason) {
        return new HealthVerdict(false, reason);
    }
}
