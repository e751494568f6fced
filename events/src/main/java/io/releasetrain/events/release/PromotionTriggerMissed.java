package io.releasetrain.events.release;

import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * A slot of the release calendar passed while no instance of the calendar was running, and was found
 * too late to catch up (past the grace period): no promotion was started for it.
 *
 * @param train             the calendar train, e.g. {@code tuesday}
 * @param slot              the instant the slot was due
 * @param targetEnvironment the environment it would have promoted into
 * @param detail            why, in words, e.g. "found 5h after the slot; the grace period is 2h"
 */
public record PromotionTriggerMissed(
        String train,
        Instant slot,
        String targetEnvironment,
        String detail) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionTriggerMissed {
        Require.text(train, "train");
        Require.present(slot, "slot");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(detail, "detail");
    }

    /** The target environment. */
    @Override
    public String key() {
        return targetEnvironment;
    }

    /** The slot: {@code calendar:<train>:<slot>}. */
    @Override
    public String subject() {
        return "calendar:" + train + ":" + slot;
    }
}
