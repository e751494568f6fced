package io.releasetrain.promoter.ingress;

import io.releasetrain.messaging.web.ApiError;
import java.util.List;
import java.util.Map;

/**
 * What a webhook endpoint answers: a status, a JSON body (a {@link Receipt} or an {@link ApiError}) and
 * any extra headers.
 */
public record WebhookResponse(int status, Object body, Map<String, String> headers) {

    public static WebhookResponse of(int status, Receipt receipt) {
        return new WebhookResponse(status, receipt, Map.of());
    }

    public static WebhookResponse error(int status, String reason, String message, List<String> details) {
        return new WebhookResponse(status, new ApiError(status, reason, message, details), Map.of());
    }

    public static WebhookResponse rejected(WebhookRejection rejection) {
        return error(rejection.status(), reason(rejection.status()), rejection.getMessage(), rejection.details());
    }

    /** 503 with {@code Retry-After}: the database cannot take the delivery now; nothing was recorded. */
    public static WebhookResponse unavailable(String message, long retryAfterSeconds) {
        ApiError error = new ApiError(503, "Service Unavailable", message, List.of());
        return new WebhookResponse(503, error, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 413: return "Content Too Large";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Error";
        }
    }
}
