package io.releasetrain.promoter.promotion;

/**
 * What a promotion's pull request and merge commit say on GitHub. A promotion reads "Promote master to staging";
 * a rollback, whose source and target are the same branch, says what it is instead: "Roll back production to
 * {@code <sha>} ({@code rbk-…}): {@code <reason>}". Pure.
 *
 * @param title       the pull request's title
 * @param body        the pull request's body (Markdown)
 * @param mergeTitle  the merge commit's title
 */
public record PullRequestText(String title, String body, String mergeTitle) {

    /** GitHub refuses longer pull request titles. */
    static final int MAX_TITLE = 256;

    /** The rollback a promotion carries: its id, the earlier release it goes back to, who asked and why. */
    public record RollbackOf(String id, String fromSha, String toSha, String toPromotionId, String requestedBy,
            String reason) {
    }

    /** The text of an ordinary promotion. */
    static PullRequestText promotion(Promotion p) {
        return new PullRequestText(
                "Promote " + p.sourceBranch + " to " + p.targetBranch + " (" + p.targetEnvironment + ")",
                "Release train promotion `" + p.id + "` of `" + p.candidateSha + "` from `" + p.sourceBranch + "` into `"
                        + p.targetBranch + "`.\n\nRequested by " + p.requestedBy + ": " + p.reason + "\n\nMerged with a "
                        + "merge commit once the checks pass.",
                "Promote " + p.sourceBranch + " to " + p.targetBranch + " (" + p.id + ")");
    }

    /** The text of a promotion that carries rollback {@code r}. */
    static PullRequestText rollback(Promotion p, RollbackOf r) {
        String title = "Roll back " + p.targetEnvironment + " to " + r.toSha() + " (" + r.id() + "): " + r.reason();
        return new PullRequestText(
                title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title,
                "Release train rollback `" + r.id() + "` of " + p.targetEnvironment + " from `" + r.fromSha()
                        + "` back to the tree of `" + r.toSha() + "`" + (r.toPromotionId() == null ? ""
                        : " (release `" + r.toPromotionId() + "`)") + ", as commit `" + p.candidateSha + "` on top of `"
                        + p.targetBranch + "` (promotion `" + p.id + "`).\n\nRequested by " + r.requestedBy() + ": "
                        + r.reason() + "\n\nMerged with a merge commit once the checks pass and oncall-primary or "
                        + "release-admin approves.",
                "Roll back " + p.targetEnvironment + " to " + r.toSha() + " (" + r.id() + ", " + p.id + ")");
    }
}
