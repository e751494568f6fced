package io.releasetrain.maintenance.web;

import io.releasetrain.messaging.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The rules for instants a caller gives for the future: expiries, window starts and ends.
 *
 * <p>They are kept to the whole second, rounded up: Connector/J sends MariaDB (which announces itself
 * as 5.5.5-10.x) no fraction of a second, so a fraction would be cut off there and maintenance would end
 * up to a second before the time asked. Rounded up, every database keeps the same value, and nothing
 * ends or starts before the time asked.
 */
public final class Horizon {

    private Horizon() {
    }

    /** {@code value} rounded up to the whole second; null stays null. */
    public static Instant ceilToSecond(Instant value) {
        if (value == null || value.getNano() == 0) {
            return value;
        }
        return value.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
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
