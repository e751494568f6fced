package io.releasetrain.console.promotion;

import io.releasetrain.console.calendar.Freeze;
import io.releasetrain.console.calendar.FreezeRequest;
import io.releasetrain.console.calendar.Train;
import io.releasetrain.console.remote.Calls;
import io.releasetrain.console.remote.Reason;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * promoter-service with the signed-in user's token: environments, promotions, rollbacks, the calendar and
 * freezes. Reads retry briefly when the service cannot be reached; changes are sent once.
 */
@ApplicationScoped
public class PromoterClient {

    private static final String SERVICE = PromoterApi.SERVICE;

    private final PromoterApi api;

    PromoterClient(@RestClient PromoterApi api) {
        this.api = api;
    }

    /** Every environment in train order. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Environment> environments() {
        return Calls.of(SERVICE, api::environments);
    }

    /** An environment's history, newest first. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<HistoryEntry> history(String environment, int limit) {
        return Calls.of(SERVICE, () -> api.history(environment, limit));
    }

    /** Promotions, newest first, without timelines; {@code target} null for all. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Promotion> promotions(String target, int limit) {
        return Calls.of(SERVICE, () -> api.promotions(target, limit));
    }

    /** One promotion with its timeline. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public Promotion promotion(String id) {
        return Calls.of(SERVICE, () -> api.promotion(id));
    }

    /** Approves or abandons a promotion. */
    public Promotion decide(String id, PromotionAction action, String reason) {
        return Calls.of(SERVICE, () -> api.decide(id, action.path(), new Reason(reason)));
    }

    /** Takes a fix (a branch or commit) into a promotion. */
    public Promotion takeFix(String id, String ref, String reason) {
        return Calls.of(SERVICE, () -> api.takeFix(id, new PromoterApi.Fix(ref, reason)));
    }

    /** Rolls an environment back to {@code release} (null: the previous verified one). */
    public Rollback rollback(String environment, String release, String reason) {
        return Calls.of(SERVICE, () -> api.rollback(environment, new PromoterApi.RollbackRequest(release, reason)));
    }

    /** The calendar's trains with their next and latest slots. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Train> calendar() {
        return Calls.of(SERVICE, api::calendar);
    }

    /** Every freeze, newest first. */
    @Retry(maxRetries = 2, delay = 200, retryOn = RemoteUnavailableException.class)
    @Timeout(8000)
    public List<Freeze> freezes() {
        return Calls.of(SERVICE, api::freezes);
    }

    public Freeze freeze(FreezeRequest request) {
        return Calls.of(SERVICE, () -> api.freeze(request));
    }

    public Freeze endFreeze(String id, String reason) {
        return Calls.of(SERVICE, () -> api.endFreeze(id, new Reason(reason)));
    }
}
