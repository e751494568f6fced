package io.releasetrain.events.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * A slot of the release calendar came due: the train asks for a promotion, which the promotion engine
 * starts exactly as a manual one (or skips, saying why). Its CloudEvent id is stable per slot
 * ({@code calendar:<train>:<slot>}), so several instances of the calendar start it once.
 *
 * @param train             the calendar train, e.g. {@code nightly} or {@code tuesday}
 * @param slot              the instant the slot was due (its cron time in the train's time zone)
 * @param sourceEnvironment the environment promoted from, e.g. {@code testing}
 * @param targetEnvironment the environment promoted into, e.g. {@code staging}
 * @param catchUp           true when the slot was missed while the service was down and is caught up late
 */
public record PromotionTriggered(
        String train,
        Instant slot,
        String sourceEnvironment,
        String targetEnvironment,
        @JsonProperty(required = true) boolean catchUp) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionTriggered {
        Require.text(train, "train");
        Require.present(slot, "slot");
        Require.text(sourceEnvironment, "sourceEnvironment");
        Require.text(targetEnvironment, "targetEnvironment");
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
