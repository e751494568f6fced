package io.releasetrain.messaging.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every error answer: what went wrong, in words a caller can act on.
 *
 * @param status  the HTTP status code
 * @param error   the status reason, e.g. {@code Bad Request}
 * @param message what to fix, or what happened
 * @param details one line per offending field or value; may be empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, List<String> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
