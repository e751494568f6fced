package io.releasetrain.maintenance.web;

import java.time.Duration;
import java.time.Instant;

/** The rule for instants a caller gives for the future: expiries and window ends. */
public final class Horizon {

    private Horizon() {
    }

    /**
     * Fails unless {@code value} is after {@code now} and at most {@code maxAhead} after it.
     *
     * @throws InvalidRequestException naming {@code field}
     */
    public static void requireAhead(String field, Instant value, Instant now, Duration maxAhead) {
        if (!value.isAfter(now)) {
            throw new InvalidRequestException(field, "must be in the future (now is " + now + ")");
        }
        if (value.isAfter(now.plus(maxAhead))) {
            throw new InvalidRequestException(field, "must be at most " + maxAhead + " ahead of now");
        }
    }
}
