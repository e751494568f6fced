package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * A promotion of one branch into another was requested, by the calendar or by hand.
 *
 * @param promotionId       the promotion's id
 * @param sourceBranch      the branch promoted from, e.g. {@code master}
 * @param targetBranch      the branch promoted into, e.g. {@code staging}
 * @param targetEnvironment the environment the target branch deploys, e.g. {@code staging}
 * @param trigger           the calendar or a person
 * @param requestedBy       who asked: a login, or the calendar's name for a scheduled promotion
 * @param candidateSha      optional: the commit to promote, when the requester pinned one
 */
public record PromotionScheduled(
        String promotionId,
        String sourceBranch,
        String targetBranch,
        String targetEnvironment,
        PromotionTrigger trigger,
        String requestedBy,
        String candidateSha) implements ReleaseEvent {

    /** Validates the required fields. */
    public PromotionScheduled {
        Require.text(promotionId, "promotionId");
        Require.text(sourceBranch, "sourceBranch");
        Require.text(targetBranch, "targetBranch");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.present(trigger, "trigger");
        Require.text(requestedBy, "requestedBy");
        Require.optionalText(candidateSha, "candidateSha");
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
