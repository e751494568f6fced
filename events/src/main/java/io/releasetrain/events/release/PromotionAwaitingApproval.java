package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * The promotion's checks passed and its target requires an approval before the merge (production does by default).
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param candidateSha      the commit that passed its checks and will be merged once approved
 * @param pullRequestUrl    the pull request's web page
 */
public record PromotionAwaitingApproval(
        String promotionId,
        String targetEnvironment,
        String candidateSha,
        String pullRequestUrl) implements ReleaseEvent {

    /** Validates the required fields. */
    public PromotionAwaitingApproval {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(candidateSha, "candidateSha");
        Require.optionalText(pullRequestUrl, "pullRequestUrl");
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
