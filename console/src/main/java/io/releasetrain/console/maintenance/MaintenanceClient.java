package io.releasetrain.console.maintenance;

import io.releasetrain.console.remote.Calls;
import io.releasetrain.console.remote.Reason;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * maintenance-service with the signed-in user's token. Reads retry briefly when the service cannot be
 * reached; changes are sent once (the user sees the answer and may send again).
 */
@ApplicationScoped
public class MaintenanceClient {

    private static final String SERVICE = MaintenanceApi.SERVICE;

    private final MaintenanceApi api;

    MaintenanceClient(@RestClient MaintenanceApi api) {
        this.api = api;
    }

    /** Every PPC maintenance-service knows, with its flags and holds. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<CloudFlags> clouds() {
        return Calls.of(SERVICE, api::clouds);
    }

    /** Sets or clears one flag of one PPC. */
    public FlagChangeResult changeCloud(String cloudId, String flag, FlagChange change) {
        return Calls.of(SERVICE, () -> api.changeCloud(cloudId, flag, change));
    }

    /** Sets or clears one flag on every PPC of an organisation. */
    public FlagChangeResult changeOrg(String orgId, String flag, FlagChange change) {
        return Calls.of(SERVICE, () -> api.changeOrg(orgId, flag, change));
    }

    /** The audit trail of one PPC or of one organisation (give one), newest first. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<AuditEntry> flagChanges(String cloudId, String orgId, int limit) {
        return Calls.of(SERVICE, () -> api.flagChanges(cloudId, orgId, limit));
    }

    /** Maintenance windows, latest start first. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<MaintenanceWindow> windows(int limit) {
        return Calls.of(SERVICE, () -> api.windows(limit));
    }

    /** Books a window. */
    public MaintenanceWindow book(WindowBooking booking) {
        return Calls.of(SERVICE, () -> api.book(booking));
    }

    /** Cancels a window. */
    public MaintenanceWindow cancel(String windowId, String reason) {
        return Calls.of(SERVICE, () -> api.cancel(windowId, new Reason(reason)));
    }
}
