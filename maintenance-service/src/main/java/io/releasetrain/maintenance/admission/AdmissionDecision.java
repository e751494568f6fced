package io.releasetrain.maintenance.admission;

import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.FlagHold;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Whether a stack create or update may proceed on a PPC, decided from its flags and the hold on its
 * maintenance bit. Only the maintenance bit counts; every other bit is irrelevant to admission.
 *
 * <p>A maintenance hold whose expiry has passed admits at once, even before the sweep has cleared the
 * bit: maintenance ends when it said it would, not up to a sweep interval later.
 *
 * @param admitted  whether the stack operation may proceed
 * @param hold      when refused: why maintenance is on, if it was set through this service; else null
 * @param retryAfter when refused and maintenance has an expiry: whole seconds until it, at least 1
 */
public record AdmissionDecision(boolean admitted, FlagHold hold, OptionalLong retryAfter) {

    private static final AdmissionDecision ADMIT = new AdmissionDecision(true, null, OptionalLong.empty());

    /** Decides for a PPC with {@code flags} and the maintenance hold {@code hold} (null if none) at {@code now}. */
    public static AdmissionDecision decide(long flags, FlagHold hold, Instant now) {
        if (!CloudFlags.isSet(flags, CloudFlags.MAINTENANCE)) {
            return ADMIT;
        }
        if (hold == null) {
            return new AdmissionDecision(false, null, OptionalLong.empty());
        }
        if (hold.expiredAt(now)) {
            return ADMIT;
        }
        return new AdmissionDecision(false, hold, hold.expiresAt() == null
                ? OptionalLong.empty()
                : OptionalLong.of(secondsUntil(now, hold.expiresAt())));
    }

    private static long secondsUntil(Instant now, Instant then) {
        Duration left = Duration.between(now, then);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
