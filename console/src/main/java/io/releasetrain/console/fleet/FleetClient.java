package io.releasetrain.console.fleet;

import io.releasetrain.console.remote.Calls;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The fleet registry of ppc-updater-service, with the signed-in user's token; reads retry briefly. */
@ApplicationScoped
public class FleetClient {

    private final FleetApi api;

    FleetClient(@RestClient FleetApi api) {
        this.api = api;
    }

    /** Every PPC of the fleet. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Ppc> ppcs() {
        return Calls.of(FleetApi.SERVICE, api::ppcs);
    }
}
