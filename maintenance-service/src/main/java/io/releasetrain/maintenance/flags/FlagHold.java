package io.releasetrain.maintenance.flags;

import java.time.Instant;

/**
 * Why a flag bit that this service set is on: who set it, why, and until when. A set bit with no hold
 * was set outside this service (by hand, before it existed) and stays until someone clears it.
 *
 * @param bit       the flag bit
 * @param changeId  the change that set it
 * @param setBy     who set it
 * @param reason    why
 * @param setAt     when
 * @param expiresAt optional: when it is cleared by itself
 * @param windowId  optional: the maintenance window that holds it; it is cleared when that window ends
 */
public record FlagHold(long bit, String changeId, String setBy, String reason, Instant setAt, Instant expiresAt,
        String windowId) {

    /** Whether the hold has run out at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
