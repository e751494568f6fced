package io.releasetrain.maintenance.window;

import java.time.Instant;

/**
 * The life of a maintenance window:
 * <pre>
 * BOOKED --start reached--> ACTIVE --end reached--> ENDED
 * BOOKED --end reached before it could start--> MISSED
 * BOOKED or ACTIVE --cancelled--> CANCELLED (see {@link #isOpen()})
 * </pre>
 * ENDED, MISSED and CANCELLED are final.
 */
public enum WindowStatus {

    /** Booked; its start is still ahead, or the sweep has not reached it yet. */
    BOOKED,
    /** Its PPCs are in maintenance on its behalf. */
    ACTIVE,
    /** It ran to its end; the PPCs it put into maintenance came out of it. */
    ENDED,
    /** Its end passed before it could start (the service was down throughout); it never started. */
    MISSED,
    /** Called off before or during; the PPCs it had put into maintenance came out of it. */
    CANCELLED;

    /** Whether the window can still start or end: BOOKED or ACTIVE. */
    public boolean isOpen() {
        return this == BOOKED || this == ACTIVE;
    }

    /**
     * The status a window in this status should have at {@code now}, given its start and end.
     * Final statuses stay as they are.
     */
    public WindowStatus dueAt(Instant now, Instant startsAt, Instant endsAt) {
        boolean ended = !now.isBefore(endsAt);
        if (this == BOOKED) {
            if (ended) {
                return MISSED;
            }
            return now.isBefore(startsAt) ? BOOKED : ACTIVE;
        }
        if (this == ACTIVE) {
            return ended ? ENDED : ACTIVE;
        }
        return this;
    }
}
