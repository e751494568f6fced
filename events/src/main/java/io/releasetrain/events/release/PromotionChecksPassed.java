package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * Every required check on the promotion's pull request passed for the candidate commit.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param candidateSha      the commit the checks passed on; the merge is pinned to it
 */
public record PromotionChecksPassed(
        String promotionId,
        String targetEnvironment,
        String candidateSha) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionChecksPassed {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(candidateSha, "candidateSha");
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
