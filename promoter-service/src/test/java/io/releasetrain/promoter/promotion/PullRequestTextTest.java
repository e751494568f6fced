package io.releasetrain.promoter.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What promotions and rollbacks say on GitHub. */
class PullRequestTextTest {

    private static final String CANDIDATE = "1111111111111111111111111111111111111111";
    private static final String EARLIER = "2222222222222222222222222222222222222222";
    private static final String RUNNING = "3333333333333333333333333333333333333333";

    @Test
    void aPromotionNamesItsBranches() {
        PullRequestText text = PullRequestText.promotion(promotion("testing", "master", "staging", "staging"));

        assertThat(text.title()).isEqualTo("Promote master to staging (staging)");
        assertThat(text.mergeTitle()).isEqualTo("Promote master to staging (prm-1)");
    }

    @Test
    void aRollbackSaysWhereItGoesBackToAndWhyNotPromoteStagingToStaging() {
        Promotion p = promotion("production", "production", "production", "production");

        PullRequestText text = PullRequestText.rollback(p, rollback("stack updates fail"));

        assertThat(text.title()).isEqualTo("Roll back production to " + EARLIER + " (rbk-1): stack updates fail");
        assertThat(text.body()).contains("`rbk-1`", "from `" + RUNNING + "`", "tree of `" + EARLIER + "`", "`prm-0`",
                "as commit `" + CANDIDATE + "`", "Requested by bob: stack updates fail");
        assertThat(text.mergeTitle()).isEqualTo("Roll back production to " + EARLIER + " (rbk-1, prm-1)");
        assertThat(text.title() + text.body() + text.mergeTitle()).doesNotContain("Promote");
    }

    @Test
    void aLongReasonIsCutToGitHubsTitleLimit() {
        PullRequestText text = PullRequestText.rollback(promotion("staging", "staging", "staging", "staging"),
                rollback("x".repeat(1000)));

        assertThat(text.title()).hasSize(PullRequestText.MAX_TITLE).endsWith("x…");
        assertThat(text.body()).contains("x".repeat(1000));
    }

    private static PullRequestText.RollbackOf rollback(String reason) {
        return new PullRequestText.RollbackOf("rbk-1", RUNNING, EARLIER, "prm-0", "bob", reason);
    }

    private static Promotion promotion(String source, String sourceBranch, String target, String targetBranch) {
        Promotion p = new Promotion();
        p.id = "prm-1";
        p.sourceEnvironment = source;
        p.sourceBranch = sourceBranch;
        p.targetEnvironment = target;
        p.targetBranch = targetBranch;
        p.candidateSha = CANDIDATE;
        p.requestedBy = "bob";
        p.reason = "rollback of " + target;
        return p;
    }
}
