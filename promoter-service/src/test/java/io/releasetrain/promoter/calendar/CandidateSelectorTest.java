package io.releasetrain.promoter.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.promoter.github.CommitCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateSelectorTest {

    private static final String PUSH = "continuous-integration/travis-ci/push";
    private static final String HEAD = "a".repeat(40);

    @Test
    void masterHeadWithAPassingPushBuildIsTheStagingCandidate() {
        CandidateSelector.Choice choice = CandidateSelector.head("master", HEAD, List.of(PUSH),
                Map.of(PUSH, new CommitCheck(PUSH, CommitCheck.Outcome.SUCCESS, null)), "staging", sha -> false);

        assertThat(choice.found()).isTrue();
        assertThat(choice.sha()).isEqualTo(HEAD);
        assertThat(choice.why()).contains("head of master").contains("push build passed");
    }

    @Test
    void masterHeadWhosePushBuildFailedOrIsPendingIsNoCandidate() {
        CandidateSelector.Choice failed = CandidateSelector.head("master", HEAD, List.of(PUSH),
                Map.of(PUSH, new CommitCheck(PUSH, CommitCheck.Outcome.FAILURE, null)), "staging", sha -> false);
        CandidateSelector.Choice pending = CandidateSelector.head("master", HEAD, List.of(PUSH), Map.of(), "staging",
                sha -> false);

        assertThat(failed.found()).isFalse();
        assertThat(failed.why()).contains("failed its push build");
        assertThat(pending.found()).isFalse();
        assertThat(pending.why()).contains("no passing push build");
    }

    @Test
    void masterHeadStagingAlreadyContainsIsNothingNew() {
        CandidateSelector.Choice choice = CandidateSelector.head("master", HEAD, List.of(PUSH),
                Map.of(PUSH, new CommitCheck(PUSH, CommitCheck.Outcome.SUCCESS, null)), "staging", Set.of(HEAD)::contains);

        assertThat(choice.found()).isFalse();
        assertThat(choice.why()).isEqualTo("staging already contains master's head " + HEAD);
    }

    @Test
    void theNewestVerifiedStagingReleaseProductionLacksIsTheProductionCandidate() {
        String newer = "b".repeat(40);
        String older = "c".repeat(40);
        List<CandidateSelector.Release> releases = List.of(new CandidateSelector.Release(newer, "prm-2"),
                new CandidateSelector.Release(older, "prm-1"));

        CandidateSelector.Choice choice = CandidateSelector.newestVerified("staging", releases, "production", Set.of(older)::contains);

        assertThat(choice.sha()).isEqualTo(newer);
        assertThat(choice.why()).contains("prm-2").contains("deployment and verification passed");
    }

    @Test
    void productionContainingStagingsNewestReleaseOrStagingHavingNoneIsNothingNew() {
        List<CandidateSelector.Release> releases = List.of(new CandidateSelector.Release(HEAD, "prm-2"));

        assertThat(CandidateSelector.newestVerified("staging", releases, "production", Set.of(HEAD)::contains).found()).isFalse();
        assertThat(CandidateSelector.newestVerified("staging", List.of(), "production", sha -> false).why())
                .isEqualTo("staging has no release whose deployment and verification passed");
    }
}
