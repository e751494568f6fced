package io.releasetrain.cli.http;

/** The services rt talks to, with the setting that locates each and the local run's port. */
public enum Service {
    PROMOTER("promoter-service", "promoter.url", 8081),
    PPC_UPDATER("ppc-updater-service", "ppc-updater.url", 8082),
    MAINTENANCE("maintenance-service", "maintenance.url", 8083),
    NOTIFIER("notifier-service", "notifier.url", 8084);

    private final String displayName;
    private final String setting;
    private final int localPort;

    Service(String displayName, String setting, int localPort) {
        this.displayName = displayName;
        this.setting = setting;
        this.localPort = localPort;
    }

    /** For example {@code maintenance-service}. */
    public String displayName() {
        return displayName;
    }

    /** The settings key of the base URL, e.g. {@code maintenance.url}. */
    public String setting() {
        return setting;
    }

    /** The base URL in the local run ({@code scripts/run-local.sh}). */
    public String localUrl() {
        return "http://127.0.0.1:" + localPort;
    }
}
