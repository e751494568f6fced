package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * A promotion was given up before it merged; its pull request is closed.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion would have deployed to
 * @param abandonedBy       who gave it up: a login, or the train itself
 * @param reason            why
 */
public record PromotionAbandoned(
        String promotionId,
        String targetEnvironment,
        String abandonedBy,
        String reason) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionAbandoned {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(abandonedBy, "abandonedBy");
        Require.text(reason, "reason");
    }

    /** The target environment. */
    @Override
    public String key() {
        return targetEnvironment;
    }

    /** The promotion id. */
    @Override
    public String subject() {
        return promotionId;
    }
}
