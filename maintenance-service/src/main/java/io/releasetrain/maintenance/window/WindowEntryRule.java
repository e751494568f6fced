package io.releasetrain.maintenance.window;

import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.FlagHold;
import java.time.Instant;

/**
 * What a starting window does to one PPC's maintenance bit. The rule: a window clears at its end only
 * maintenance it holds, and maintenance stays on until the latest of the reasons for it ends.
 *
 * <ul>
 *   <li>maintenance off: the window turns it on and holds it ({@link Outcome#ENTERED});</li>
 *   <li>maintenance on with a hold that ends before the window does (a manual expiry, or an earlier
 *       window): the window takes the hold over, so the PPC stays in maintenance until the window's
 *       end ({@link Outcome#EXTENDED});</li>
 *   <li>maintenance on with no end (set by hand, with no expiry, or outside this service), or with an
 *       end at or after the window's: left alone, and the window's end will not clear it
 *       ({@link Outcome#ALREADY_ON}).</li>
 * </ul>
 */
public final class WindowEntryRule {

    /** What the window did to one PPC. */
    public enum Outcome {
        /** Maintenance was off; the window turned it on and holds it. */
        ENTERED,
        /** Maintenance was on until before the window's end; the window now holds it until its end. */
        EXTENDED,
        /** Maintenance was on for longer than the window, or with no end; the window left it alone. */
        ALREADY_ON
    }

    private WindowEntryRule() {
    }

    /**
     * Decides for a PPC with {@code flags} and maintenance hold {@code hold} (null when there is none) and a
     * window ending at {@code windowEnd}.
     */
    public static Outcome decide(long flags, FlagHold hold, Instant windowEnd) {
        if (!CloudFlags.isSet(flags, CloudFlags.MAINTENANCE)) {
            return Outcome.ENTERED;
        }
        if (hold == null || hold.expiresAt() == null || !hold.expiresAt().isBefore(windowEnd)) {
            return Outcome.ALREADY_ON;
        }
        return Outcome.EXTENDED;
    }
}
