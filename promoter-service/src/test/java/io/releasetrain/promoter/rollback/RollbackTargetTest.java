package io.releasetrain.promoter.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.promoter.calendar.CandidateSelector.Release;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackTargetTest {

    private static final Release R3 = new Release("3".repeat(40), "prm-3");
    private static final Release R2 = new Release("2".repeat(40), "prm-2");
    private static final Release R1 = new Release("1".repeat(40), "prm-1");
    private static final List<Release> RELEASES = List.of(R3, R2, R1);

    @Test
    void thePreviousVerifiedReleaseIsTheOneBeforeWhatRunsNow() {
        assertThat(RollbackTarget.choose(RELEASES, R3.sha(), null)).contains(R2);
    }

    @Test
    void aNamedEarlierReleaseIsFoundByPromotionIdOrSha() {
        assertThat(RollbackTarget.choose(RELEASES, R3.sha(), "prm-1")).contains(R1);
        assertThat(RollbackTarget.choose(RELEASES, R3.sha(), R1.sha())).contains(R1);
    }

    @Test
    void anEnvironmentRolledBackGoesFurtherBackNextTime() {
        // Rolled back from R3 to R2: it runs R2, so the next rollback goes to R1
        assertThat(RollbackTarget.choose(RELEASES, R2.sha(), null)).contains(R1);
    }

    @Test
    void nothingEarlierTheCurrentReleaseOrANewerOneIsNoTarget() {
        assertThat(RollbackTarget.choose(RELEASES, R1.sha(), null)).isEmpty();
        assertThat(RollbackTarget.choose(List.of(R1), R1.sha(), null)).isEmpty();
        assertThat(RollbackTarget.choose(RELEASES, R2.sha(), "prm-3")).isEmpty();
        assertThat(RollbackTarget.choose(RELEASES, R2.sha(), "prm-2")).isEmpty();
        assertThat(RollbackTarget.choose(List.of(), "x", null)).isEmpty();
    }
}
