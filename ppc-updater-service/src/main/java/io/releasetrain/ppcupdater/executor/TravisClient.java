package io.releasetrain.ppcupdater.executor;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.messaging.remote.RemoteCalls;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one bean that calls Travis CI. Reads are retried with backoff when Travis is unreachable or fails
 * on its side; creating a request is not retried here (a timed-out create may have worked: the caller
 * looks for it with {@link #recentRequests} before creating again). A circuit breaker stops hammering
 * Travis while it is down. Throws the {@code io.releasetrain.messaging.remote} exceptions.
 */
@ApplicationScoped
public class TravisClient {

    private static final String METRIC_SYSTEM = "travis";

    private final TravisApi api;
    private final TravisConfig config;
    private final RemoteCalls calls;

    TravisClient(@RestClient TravisApi api, TravisConfig config, RemoteCalls calls) {
        this.api = api;
        this.config = config;
        this.calls = calls;
    }

    /** {@code POST /repo/{slug}/requests}: the request object Travis answers with. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000,
            failOn = RemoteUnavailableException.class)
    public JsonNode createRequest(JsonNode body) {
        return call("create-request", () -> api.createRequest(config.repository(), authorization(), body));
    }

    /** {@code GET /repo/{slug}/requests}: the latest requests, newest first. */
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = RemoteUnavailableException.class)
    public JsonNode recentRequests(int limit) {
        return call("list-requests", () -> api.requests(config.repository(), authorization(), limit));
    }

    /** {@code GET /repo/{slug}/request/{id}}: one request with its builds. */
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = RemoteUnavailableException.class)
    public JsonNode request(String requestId) {
        return call("get-request", () -> api.request(config.repository(), requestId, authorization()));
    }

    /** {@code GET /build/{id}}: one build. */
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = RemoteUnavailableException.class)
    public JsonNode build(String buildId) {
        return call("get-build", () -> api.build(buildId, authorization()));
    }

    private String authorization() {
        return "token " + config.token().filter(token -> !token.isBlank()).orElseThrow(() ->
                new RemoteRejectedException(TravisErrors.SYSTEM, "no API token: set TRAVIS_TOKEN"));
    }

    private JsonNode call(String operation, Supplier<JsonNode> call) {
        return calls.timed(METRIC_SYSTEM, operation, call, e -> e instanceof ProcessingException
                ? new RemoteUnavailableException(TravisErrors.SYSTEM,
                        operation + ": could not be reached (" + rootMessage(e) + ")", e)
                : e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
