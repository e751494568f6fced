package io.releasetrain.maintenance.flags;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changes a flag and why: the part of a change that is the same for every PPC it touches.
 *
 * @param actor     the caller's principal name, or {@link #SYSTEM_ACTOR} when the service acts by itself
 * @param reason    why; at most {@link #MAX_REASON_LENGTH} characters (longer text is cut)
 * @param expiresAt optional, only when setting: when the bit is cleared by itself
 * @param windowId  optional: the maintenance window on whose behalf the change is made
 */
public record ChangeCommand(String actor, String reason, Instant expiresAt, String windowId) {

    /** The actor of changes the service makes by itself: expiries and window ends. */
    public static final String SYSTEM_ACTOR = "release-train";

    /** The longest reason the audit trail keeps. */
    public static final int MAX_REASON_LENGTH = 1000;

    public ChangeCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
        }
    }

    /** A change asked for by a person. */
    public static ChangeCommand byPerson(String actor, String reason, Instant expiresAt) {
        return new ChangeCommand(actor, reason, expiresAt, null);
    }
}
