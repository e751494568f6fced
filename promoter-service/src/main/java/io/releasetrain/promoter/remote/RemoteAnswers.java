package io.releasetrain.promoter.remote;

import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.messaging.remote.RetryAfter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every answer of an outside API that is not a 2xx into the project's exceptions, so that nothing
 * above a client's REST interface knows HTTP status codes:
 *
 * <ul>
 *   <li>429, or 403 with {@code Retry-After} or {@code X-RateLimit-Remaining: 0} plus {@code X-RateLimit-Reset}
 *       (GitHub's primary and secondary rate limits): {@link RemoteRateLimitedException} with the time it lifts;
 *       a 429 without a hint lifts "now" (the retry's backoff still applies);</li>
 *   <li>5xx: {@link RemoteUnavailableException} (retried);</li>
 *   <li>404 and 410: {@link RemoteNotFoundException};</li>
 *   <li>3xx: {@link RemoteRejectedException}: redirects are never followed, so credentials never reach another host;</li>
 *   <li>any other 4xx (a plain 403 is a permission problem): {@link RemoteRejectedException} with the API's message.</li>
 * </ul>
 * Each outside system registers a subclass naming itself on its REST Client interface.
 */
public abstract class RemoteAnswers implements ResponseExceptionMapper<RemoteException> {

    private static final int MAX_ERROR_TEXT = 500;

    private final String system;
    private final Clock clock;

    protected RemoteAnswers(String system) {
        this(system, Clock.systemUTC());
    }

    RemoteAnswers(String system, Clock clock) {
        this.system = system;
        this.clock = clock;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }

    @Override
    public RemoteException toThrowable(Response response) {
        int status = response.getStatus();
        Optional<Instant> limitedUntil = rateLimitedUntil(response);
        if (limitedUntil.isPresent()) {
            return new RemoteRateLimitedException(system, "rate limited (" + status + ")", limitedUntil.get());
        }
        if (status >= 500) {
            return new RemoteUnavailableException(system, "failed on its side (" + status + ")", null);
        }
        if (status == 404 || status == 410) {
            return new RemoteNotFoundException(system, "not found (" + status + ")");
        }
        if (status < 400) {
            return new RemoteRejectedException(system, "redirected (" + status + ") to " + response.getHeaderString("Location")
                    + "; redirects are not followed");
        }
        return new RemoteRejectedException(system, "refused (" + status + ")" + errorText(response));
    }

    private Optional<Instant> rateLimitedUntil(Response response) {
        int status = response.getStatus();
        if (status != 429 && status != 403) {
            return Optional.empty();
        }
        Optional<Instant> retryAfter = RetryAfter.at(response.getHeaderString("Retry-After"), clock);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean exhausted = "0".equals(trimmed(response.getHeaderString("X-RateLimit-Remaining")));
        Optional<Instant> reset = RetryAfter.epochSeconds(response.getHeaderString("X-RateLimit-Reset"));
        if (exhausted && reset.isPresent()) {
            return reset;
        }
        return status == 429 ? Optional.of(clock.instant()) : Optional.empty();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String errorText(Response response) {
        try {
            if (!response.hasEntity()) {
                return "";
            }
            String text = response.readEntity(String.class);
            if (text == null || text.isBlank()) {
                return "";
            }
            text = text.replaceAll("\\s+", " ");
            return ": " + (text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) : text);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
