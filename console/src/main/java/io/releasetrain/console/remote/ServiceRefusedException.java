package io.releasetrain.console.remote;

import java.util.List;

/**
 * A service answered a request the console made for the user with a 4xx: the user may not do it (403),
 * the thing is gone (404), or the service found the request wrong (400, 409). The status and the service's
 * own message are shown to the user as they are.
 */
public final class ServiceRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final int status;
    private final List<String> details;

    public ServiceRefusedException(String service, int status, String message, List<String> details) {
        super(message);
        this.service = service;
        this.status = status;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    /** Which service refused, e.g. {@code maintenance-service}. */
    public String service() {
        return service;
    }

    /** The HTTP status it answered. */
    public int status() {
        return status;
    }

    /** One line per offending field, when the service gave them. */
    public List<String> details() {
        return details;
    }

    /** The refusal in words for the page. */
    public String explanation() {
        String what = switch (status) {
            case 401 -> "Your sign-in has expired; sign in again.";
            case 403 -> "Your role may not do this.";
            case 404 -> "Not found.";
            case 409 -> "Not possible in the current state.";
            default -> "The request was refused.";
        };
        return what + " " + service + " answered " + status + ": " + getMessage();
    }
}
