package io.releasetrain.promoter.ingress;

import java.util.List;

/**
 * A delivery this service refuses because of something in the request: the sender's mistake or a
 * forgery. Carries the answer to give; never logged as an error.
 */
public final class WebhookRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> details;

    private WebhookRejection(int status, String message, List<String> details) {
        super(message, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
    }

    /** 400: the body or a header is malformed or missing. */
    public static WebhookRejection badRequest(String message, String... details) {
        return new WebhookRejection(400, message, List.of(details));
    }

    /** 401: the signature is missing or does not verify. */
    public static WebhookRejection unauthorized(String message) {
        return new WebhookRejection(401, message, List.of());
    }

    /** 403: the signature verifies, but the delivery is about a repository this endpoint does not serve. */
    public static WebhookRejection forbidden(String message) {
        return new WebhookRejection(403, message, List.of());
    }

    /** 413: the body is over the size limit. */
    public static WebhookRejection tooLarge(long limit) {
        return new WebhookRejection(413, "The request body is larger than the limit of " + limit + " bytes", List.of());
    }

    public int status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}
