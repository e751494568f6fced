package io.releasetrain.events.release;

import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * A slot of the release calendar came due but started no promotion, and why.
 *
 * @param train             the calendar train, e.g. {@code nightly}
 * @param slot              the instant the slot was due
 * @param targetEnvironment the environment it would have promoted into
 * @param reason            why, as a kind
 * @param detail            why, in words a person reads in Slack, e.g. "promotion prm-1 into staging is CHECKS_FAILED"
 * @param promotionId       optional: the promotion in flight that blocked it
 * @param freezeId          optional: the freeze that covers the slot
 */
public record PromotionTriggerSkipped(
        String train,
        Instant slot,
        String targetEnvironment,
        TriggerSkipReason reason,
        String detail,
        String promotionId,
        String freezeId) implements ReleaseEvent {

    /** Validates the required fields. */
    public PromotionTriggerSkipped {
        Require.text(train, "train");
        Require.present(slot, "slot");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.present(reason, "reason");
        Require.text(detail, "detail");
        Require.optionalText(promotionId, "promotionId");
        Require.optionalText(freezeId, "freezeId");
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
