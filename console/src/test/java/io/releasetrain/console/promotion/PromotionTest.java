package io.releasetrain.console.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionTest {

    @Test
    void approvingIsOfferedOnlyWhileAwaitingApprovalAndNothingOnceMerged() {
        assertThat(PromotionAction.forState("AWAITING_APPROVAL"))
                .containsExactly(PromotionAction.APPROVE, PromotionAction.FIX, PromotionAction.ABANDON);
        assertThat(PromotionAction.forState("CHECKS_PENDING")).containsExactly(PromotionAction.FIX, PromotionAction.ABANDON);
        assertThat(PromotionAction.forState("APPROVED")).containsExactly(PromotionAction.ABANDON);
        assertThat(PromotionAction.forState("MERGED")).isEmpty();
        assertThat(PromotionAction.forState("VERIFIED")).isEmpty();
        assertThat(PromotionAction.byPath("fixes")).contains(PromotionAction.FIX);
        assertThat(PromotionAction.byPath("merge")).isEmpty();
    }

    @Test
    void buildLinksInTheTimelineAreCollectedOnceWithoutThePullRequest() {
        String pr = "https://github.com/acme/pulumi-service/pull/12";
        Promotion p = promotion(pr, List.of(
                line("pull request #12 " + pr),
                line("checks failed: continuous-integration/travis-ci/pr (https://travis-ci.com/acme/builds/7)"),
                line("deploying abc https://travis-ci.com/acme/builds/8"),
                line("deployed https://travis-ci.com/acme/builds/8")));

        assertThat(p.links()).containsExactly("https://travis-ci.com/acme/builds/7", "https://travis-ci.com/acme/builds/8");
    }

    @Test
    void textIsSplitIntoPlainPartsAndLinks() {
        assertThat(Linked.parts("see https://x.test/a then")).containsExactly(new Linked.Part("see ", false),
                new Linked.Part("https://x.test/a", true), new Linked.Part(" then", false));
        assertThat(Linked.parts(null)).isEmpty();
        assertThat(Linked.parts("no link")).containsExactly(new Linked.Part("no link", false));
    }

    private static Promotion.Line line(String detail) {
        return new Promotion.Line(Instant.parse("2026-12-08T22:00:00Z"), "CHECKS_PENDING", "release-train", detail);
    }

    private static Promotion promotion(String pullRequestUrl, List<Promotion.Line> timeline) {
        return new Promotion("prm-1", "DEPLOYED", "acme/pulumi-service", "staging", "production", "staging", "production",
                "promote-production-prm-1", "c0ffee", "c0ffee", 12, pullRequestUrl, "merge", null, 3, null, true, "pat",
                "MANUAL", "pat", "Tuesday", Instant.parse("2026-12-08T22:00:00Z"), null, timeline);
    }
}
