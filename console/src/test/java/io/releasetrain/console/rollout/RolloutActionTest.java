package io.releasetrain.console.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolloutActionTest {

    @Test
    void eachStateOffersWhatPpcUpdaterAccepts() {
        assertThat(RolloutAction.forRollout("AWAITING_APPROVAL")).containsExactly(RolloutAction.APPROVE, RolloutAction.ABORT);
        assertThat(RolloutAction.forRollout("RUNNING")).containsExactly(RolloutAction.PAUSE, RolloutAction.ABORT);
        assertThat(RolloutAction.forRollout("PAUSED")).containsExactly(RolloutAction.RESUME, RolloutAction.ABORT);
        assertThat(RolloutAction.forRollout("HALTED")).containsExactly(RolloutAction.RESUME, RolloutAction.ABORT);
        assertThat(RolloutAction.forRollout("QUEUED")).containsExactly(RolloutAction.SUPERSEDE, RolloutAction.ABORT);
        assertThat(RolloutAction.forRollout("COMPLETED")).isEmpty();
    }

    @Test
    void aFailedPpcMayBeRetriedOrSkippedAPendingOneOnlySkipped() {
        assertThat(RolloutAction.forMember("FAILED")).containsExactly(RolloutAction.RETRY, RolloutAction.SKIP);
        assertThat(RolloutAction.forMember("PENDING")).containsExactly(RolloutAction.SKIP);
        assertThat(RolloutAction.forMember("SUCCEEDED")).isEmpty();
    }

    @Test
    void actionsAreFoundByTheirUrlSegmentOnlyWhereTheyApply() {
        assertThat(RolloutAction.byPath("pause", false)).contains(RolloutAction.PAUSE);
        assertThat(RolloutAction.byPath("retry", false)).isEmpty();
        assertThat(RolloutAction.byPath("retry", true)).contains(RolloutAction.RETRY);
    }
}
