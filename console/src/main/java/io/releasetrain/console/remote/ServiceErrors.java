package io.releasetrain.console.remote;

import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.messaging.web.ApiError;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Turns a service's error answer into the exception the pages show: its own {@link ApiError} message on a 4xx,
 * "unavailable" on a 5xx. The one place that knows the services' status codes.
 */
public final class ServiceErrors {

    private ServiceErrors() {
    }

    /** The exception for an error answer of {@code service}, or null for a success. */
    public static RuntimeException toException(String service, Response response) {
        int status = response.getStatus();
        if (status < 400) {
            return null;
        }
        ApiError error = readError(response);
        String message = error != null && error.message() != null ? error.message()
                : response.getStatusInfo().getReasonPhrase();
        if (status >= 500) {
            return new RemoteUnavailableException(service, status + " " + message, null);
        }
        return new ServiceRefusedException(service, status, message, error == null ? List.of() : error.details());
    }

    private static ApiError readError(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(ApiError.class) : null;
        } catch (ProcessingException | IllegalStateException e) {
            return null;
        }
    }
}
