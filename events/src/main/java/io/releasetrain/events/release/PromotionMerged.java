package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * The promotion's pull request was merged with a merge commit, pinned to the checked candidate.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param candidateSha      the commit that was checked and merged
 * @param mergeCommitSha    the merge commit now at the head of the target branch
 * @param mergedBy          who merged: a login, or the train itself
 */
public record PromotionMerged(
        String promotionId,
        String targetEnvironment,
        String candidateSha,
        String mergeCommitSha,
        String mergedBy) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionMerged {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(candidateSha, "candidateSha");
        Require.text(mergeCommitSha, "mergeCommitSha");
        Require.text(mergedBy, "mergedBy");
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
