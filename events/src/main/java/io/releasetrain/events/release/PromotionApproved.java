package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * Someone with the target's role approved the promotion; it merges next.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param candidateSha      the commit approved
 * @param approvedBy        who approved it (the token's subject)
 * @param reason            why, in the approver's words
 */
public record PromotionApproved(
        String promotionId,
        String targetEnvironment,
        String candidateSha,
        String approvedBy,
        String reason) implements ReleaseEvent {

    /** Validates the required fields. */
    public PromotionApproved {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(candidateSha, "candidateSha");
        Require.text(approvedBy, "approvedBy");
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
