package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * A promotion found the target already has every commit of the candidate: no pull request, nothing to do.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment it would have deployed to
 * @param sourceBranch      the branch promoted from
 * @param targetBranch      the branch promoted into
 * @param candidateSha      the candidate the target already contains
 */
public record PromotionNothingToPromote(
        String promotionId,
        String targetEnvironment,
        String sourceBranch,
        String targetBranch,
        String candidateSha) implements ReleaseEvent {

    /** Validates the required fields. */
    public PromotionNothingToPromote {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(sourceBranch, "sourceBranch");
        Require.text(targetBranch, "targetBranch");
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
