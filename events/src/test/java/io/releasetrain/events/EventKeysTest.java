package io.releasetrain.events;

import static io.releasetrain.events.EventSamples.CLOUD_ID;
import static io.releasetrain.events.EventSamples.MASTER_SHA;
import static io.releasetrain.events.EventSamples.PROMOTION_ID;
import static io.releasetrain.events.EventSamples.REPOSITORY;
import static io.releasetrain.events.EventSamples.ROLLOUT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.RollbackStarted;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CheckConclusion;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CheckKind;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestOpened;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Record keys keep related events on one partition; subjects name the aggregate. */
class EventKeysTest {

    static List<ReleaseTrainEvent> samples() {
        return EventSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventHasAKeyAndASubject(ReleaseTrainEvent event) {
        assertThat(event.key()).isNotBlank();
        assertThat(event.subject()).isNotBlank();
    }

    @Test
    void scmAndCiEventsAreKeyedByRepositoryAndBranch() {
        assertThat(EventSamples.of(BranchPushed.class).key()).isEqualTo(REPOSITORY + "/master");
        assertThat(EventSamples.of(CiBuildFinished.class).key()).isEqualTo(REPOSITORY + "/staging");
        assertThat(EventSamples.of(CiBuildFinished.class).subject()).isEqualTo("88123");
    }

    @Test
    void pullRequestsAreKeyedByTheBranchTheyMergeInto() {
        PullRequestOpened opened = EventSamples.of(PullRequestOpened.class);

        assertThat(opened.key()).isEqualTo(REPOSITORY + "/staging");
        assertThat(opened.subject()).isEqualTo(REPOSITORY + "#4711");
    }

    @Test
    void statusesAndChecksFallBackToTheCommitWhenNoBranchIsKnown() {
        CommitStatusChanged status = new CommitStatusChanged(REPOSITORY, MASTER_SHA, "ci", CommitState.FAILURE, null, null, List.of());
        CheckFinished check = new CheckFinished(REPOSITORY, MASTER_SHA, null, CheckKind.SUITE, "ci", null, CheckConclusion.FAILURE, null);

        assertThat(status.key()).isEqualTo(REPOSITORY + "/" + MASTER_SHA);
        assertThat(check.key()).isEqualTo(REPOSITORY + "/" + MASTER_SHA);
        assertThat(check.subject()).isEqualTo(REPOSITORY + "@" + MASTER_SHA);
    }

    @Test
    void releaseEventsAreKeyedByEnvironment() {
        assertThat(EventSamples.of(PromotionMerged.class).key()).isEqualTo("staging");
        assertThat(EventSamples.of(PromotionMerged.class).subject()).isEqualTo(PROMOTION_ID);
        assertThat(EventSamples.of(RollbackStarted.class).key()).isEqualTo("production");
        assertThat(EventSamples.of(RollbackStarted.class).subject()).isEqualTo("rbk-2024-05-08-production");
    }

    @Test
    void ppcEventsAreKeyedByCloudAndRolloutEventsByRollout() {
        assertThat(EventSamples.of(PpcUpdateFailed.class).key()).isEqualTo(CLOUD_ID);
        assertThat(EventSamples.of(RolloutWaveDone.class).key()).isEqualTo(ROLLOUT_ID);
        assertThat(EventSamples.of(FlagsChanged.class).key()).isEqualTo(CLOUD_ID);
        assertThat(EventSamples.of(MaintenanceWindowCancelled.class).key()).isEqualTo("win-77");
    }
}
