package io.releasetrain.console.rollout;

import io.releasetrain.console.remote.Reason;
import io.releasetrain.console.remote.Calls;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Customer rollouts in ppc-updater-service, with the signed-in user's token; reads retry briefly, actions do not. */
@ApplicationScoped
public class RolloutClient {

    private static final String SERVICE = RolloutApi.SERVICE;

    private final RolloutApi api;

    RolloutClient(@RestClient RolloutApi api) {
        this.api = api;
    }

    /** Every rollout, newest first, without per-PPC detail. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Rollout> rollouts() {
        return Calls.of(SERVICE, api::rollouts);
    }

    /** One rollout with its waves and PPCs. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public Rollout rollout(String id) {
        return Calls.of(SERVICE, () -> api.rollout(id));
    }

    /** Approves, pauses, resumes, supersedes or aborts a rollout. */
    public Rollout act(String id, RolloutAction action, String reason) {
        return Calls.of(SERVICE, () -> api.act(id, action.path(), new Reason(reason)));
    }

    /** Retries or skips one PPC of a rollout. */
    public Rollout actOnPpc(String id, String cloudId, RolloutAction action, String reason) {
        return Calls.of(SERVICE, () -> api.actOnPpc(id, cloudId, action.path(), new Reason(reason)));
    }
}
