package io.releasetrain.ppcupdater.executor;

import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.messaging.remote.RetryAfter;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns Travis CI's error answers into what they mean; nothing past this class sees a Travis status code. */
class TravisErrors implements ResponseExceptionMapper<RuntimeException> {

    static final String SYSTEM = "Travis CI";

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String text = errorText(response);
        if (status == 404) {
            return new RemoteNotFoundException(SYSTEM, "not found" + text);
        }
        if (status == 429) {
            Instant retryAt = RetryAfter.at(response.getHeaderString("Retry-After"), Clock.systemUTC())
                    .orElse(Instant.now().plusSeconds(60));
            return new RemoteRateLimitedException(SYSTEM, "rate limited" + text, retryAt);
        }
        if (status >= 500) {
            return new RemoteUnavailableException(SYSTEM, "failed on its side (" + status + ")" + text, null);
        }
        return new RemoteRejectedException(SYSTEM, "refused the request (" + status + ")" + text);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** Travis explains refusals as {@code {"error_type": ..., "error_message": ...}}; a short form of it. */
    private static String errorText(Response response) {
        try {
            String body = response.readEntity(String.class);
            if (body == null || body.isBlank()) {
                return "";
            }
            String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
            return ": " + shown.replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
