package io.releasetrain.ppcupdater.health;

import io.releasetrain.messaging.remote.RemoteCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The one bean that calls PPC health endpoints: {@code GET {endpoint}{health-path}}; a 2xx answer within
 * the timeout is healthy, anything else (another status, a timeout, no connection) is not. Retrying is the
 * caller's: it checks again after the configured interval, so no thread waits between attempts.
 */
@ApplicationScoped
public class PpcHealthClient {

    private static final String METRIC_SYSTEM = "ppc";

    private final HealthConfig config;
    private final RemoteCalls calls;
    private final Map<String, PpcHealthApi> clients = new ConcurrentHashMap<>();

    PpcHealthClient(HealthConfig config, RemoteCalls calls) {
        this.config = config;
        this.calls = calls;
    }

    /** The URL checked for a PPC with this endpoint and (optional) own health path. */
    public String healthUrl(String endpoint, String healthPath) {
        String path = healthPath != null ? healthPath : config.path();
        return endpoint.replaceAll("/+$", "") + path;
    }

    /** Checks once. Never throws for anything the PPC does. */
    public HealthVerdict check(String healthUrl) {
        return calls.timed(METRIC_SYSTEM, "health-check", () -> verdict(healthUrl),
                verdict -> verdict.healthy() ? RemoteCalls.OK : "unhealthy", e -> e);
    }

    private HealthVerdict verdict(String healthUrl) {
        try (Response response = client(healthUrl).check()) {
            int status = response.getStatus();
            return status >= 200 && status < 300 ? HealthVerdict.ok()
                    : HealthVerdict.unhealthy("health check of " + healthUrl + " answered " + status);
        } catch (ProcessingException e) {
            return HealthVerdict.unhealthy("health check of " + healthUrl + " got no answer within "
                    + config.timeout() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private PpcHealthApi client(String healthUrl) {
        return clients.computeIfAbsent(healthUrl, url -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                // Every status is an answer about health, not an error to throw.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(PpcHealthApi.class));
    }
}
