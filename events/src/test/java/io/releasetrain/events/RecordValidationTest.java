package io.releasetrain.events;

import static io.releasetrain.events.EventSamples.AT;
import static io.releasetrain.events.EventSamples.CLOUD_ID;
import static io.releasetrain.events.EventSamples.MASTER_SHA;
import static io.releasetrain.events.EventSamples.ORG_ID;
import static io.releasetrain.events.EventSamples.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestOpened;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records refuse values no publisher should send, naming the field. */
class RecordValidationTest {

    @Test
    void refusesABlankRepository() {
        assertThatThrownBy(() -> new BranchPushed(" ", "master", "a1", "b2", "octocat", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repository must not be blank");
    }

    @Test
    void refusesAMissingRequiredField() {
        assertThatThrownBy(() -> new BranchPushed(REPOSITORY, null, "a1", "b2", "octocat", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("branch is required");
    }

    @Test
    void refusesANonPositivePullRequestNumber() {
        assertThatThrownBy(() -> new PullRequestOpened(REPOSITORY, 0, "t", "octocat", "f", MASTER_SHA, "master", "u"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("number");
    }

    @Test
    void refusesANegativeWave() {
        assertThatThrownBy(() -> new RolloutWaveDone("rol-1", -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wave must not be negative, was -1");
    }

    @Test
    void refusesNegativeFlags() {
        assertThatThrownBy(() -> new FlagsChanged("chg-1", CLOUD_ID, ORG_ID, 0, -1, "erin", "r", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("flagsAfter");
        assertThatThrownBy(() -> new FlagsChanged("chg-1", CLOUD_ID, ORG_ID, 0x1_0000_0000L, 0, "erin", "r", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("flagsBefore");
    }

    @Test
    void carriesEveryBitOfAnUnsigned32BitFlagsColumn() {
        FlagsChanged change = new FlagsChanged("chg-1", CLOUD_ID, ORG_ID, 0x8000_0002L, 0x8000_0003L, "erin", "r", null, null);

        FlagsChanged read = EventJson.read(FlagsChanged.class, EventJson.write(change));

        assertThat(read.flagsAfter()).isEqualTo(0x8000_0003L);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new MaintenanceWindowBooked("win-1", CLOUD_ID, null, AT, AT.minusSeconds(60), "erin", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endsAt must be after startsAt");
        assertThatThrownBy(() -> new MaintenanceWindowBooked("win-1", CLOUD_ID, null, AT, AT, "erin", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAWindowForBothOrNeitherOfACloudAndAnOrganisation() {
        assertThatThrownBy(() -> new MaintenanceWindowBooked("win-1", CLOUD_ID, ORG_ID, AT, AT.plusSeconds(60), "erin", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new MaintenanceWindowBooked("win-1", null, null, AT, AT.plusSeconds(60), "erin", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void refusesACherryPickOfNoCommits() {
        assertThatThrownBy(() -> new PromotionCherryPicked("prm-1", "staging", List.of(), "alice", "fix"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commitShas must not be empty");
        assertThatThrownBy(() -> new PromotionCherryPicked("prm-1", "staging", Arrays.asList("a1", null), "alice", "fix"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commitShas must not contain null");
    }

    @Test
    void readsANullListAsEmptyAndCopiesAGivenOne() {
        List<String> branches = new ArrayList<>(List.of("master"));

        CommitStatusChanged withNull = new CommitStatusChanged(REPOSITORY, MASTER_SHA, "ci", CommitState.PENDING, null, null, null);
        CommitStatusChanged withList = new CommitStatusChanged(REPOSITORY, MASTER_SHA, "ci", CommitState.PENDING, null, null, branches);
        branches.add("staging");

        assertThat(withNull.branches()).isEmpty();
        assertThat(withList.branches()).containsExactly("master");
        assertThatThrownBy(() -> withList.branches().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
