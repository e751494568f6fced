package io.releasetrain.messaging.remote;

import java.time.Instant;

/** The outside system rate-limits us for longer than we are willing to wait now. */
public final class RemoteRateLimitedException extends RemoteException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public RemoteRateLimitedException(String system, String message, Instant retryAt) {
        super(system, message + "; retry after " + retryAt, null);
        this.retryAt = retryAt;
    }

    /** The earliest time a new call may succeed. */
    public Instant retryAt() {
        return retryAt;
    }
}
