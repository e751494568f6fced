package io.releasetrain.sandbox.webhook;

import io.releasetrain.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The promoter as the outside world sees it; the only place that calls it. Webhooks are sent once, as GitHub
 * and Travis CI send them (no retry: a missed delivery is what the promoter's recovery is for); the answer's
 * status, or 0 when none came, is what the delivery log records. Calendar triggers are retried briefly.
 */
@ApplicationScoped
public class Promoter {

    private static final Logger LOG = Logger.getLogger(Promoter.class);

    private final PromoterApi api;
    private final SandboxConfig.Promoter config;

    Promoter(@RestClient PromoterApi api, SandboxConfig config) {
        this.api = api;
        this.config = config.promoter();
    }

    /** Sends a GitHub delivery; returns the HTTP status, or 0 when the promoter could not be reached. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public int github(String event, String guid, long hookId, String signature256, String signature, byte[] body) {
        try (Response response = api.github(event, guid, String.valueOf(hookId), signature256, signature,
                "GitHub-Hookshot/sandbox", body)) {
            return response.getStatus();
        } catch (ProcessingException e) {
            LOG.debugf("GitHub delivery %s (%s) not delivered: %s", guid, event, e.getMessage());
            return 0;
        }
    }

    /** Sends a Travis CI notification (form field {@code payload}); returns the HTTP status, or 0. */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public int travis(String payload, String signature, String slug) {
        byte[] form = ("payload=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        try (Response response = api.travis(signature, slug, "Travis CI Notifications", form)) {
            return response.getStatus();
        } catch (ProcessingException e) {
            LOG.debugf("Travis CI notification for %s not delivered: %s", slug, e.getMessage());
            return 0;
        }
    }

    /**
     * Fires a calendar trigger: {@code POST} to {@code path} with the configured bearer token.
     *
     * @return the promoter's status and body
     */
    @Retry(maxRetries = 2, delay = 500, retryOn = ProcessingException.class)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public TriggerAnswer trigger(String path, String json) {
        String authorization = config.token().map(token -> "Bearer " + token).orElse(null);
        try (Response response = api.trigger(path.startsWith("/") ? path.substring(1) : path, authorization,
                json.getBytes(StandardCharsets.UTF_8))) {
            return new TriggerAnswer(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }

    /** What the promoter answered a trigger with. */
    public record TriggerAnswer(int status, String body) {
    }
}
