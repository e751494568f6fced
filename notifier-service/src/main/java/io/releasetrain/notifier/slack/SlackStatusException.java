package io.releasetrain.notifier.slack;

/** A non-2xx answer from Slack, before {@link SlackClient} says what it means. Never leaves this package. */
final class SlackStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String retryAfter;

    SlackStatusException(int status, String retryAfter) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    String retryAfter() {
        return retryAfter;
    }
}
