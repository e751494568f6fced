package io.releasetrain.ppcupdater.rollout.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutPpcsTest {

    @Test
    void viewsAreKeptInTheOrderOfTheirPositionsWithTheirWaveProgressAndMaintenance() {
        RolloutPpcs ppcs = RolloutPpcs.of(List.of(
                new RolloutPpcView("b", 1, 1, PpcProgress.UPDATING, true),
                new RolloutPpcView("c", 2, 2, PpcProgress.PENDING, false),
                new RolloutPpcView("a", 0, 0, PpcProgress.SUCCEEDED, false)));

        assertThat(ppcs.cloudIds()).containsExactly("a", "b", "c");
        assertThat(ppcs.wave(1)).isEqualTo(1);
        assertThat(ppcs.progress(1)).isEqualTo(PpcProgress.UPDATING);
        assertThat(ppcs.inMaintenance(1)).isTrue();
        assertThat(ppcs.inMaintenance(2)).isFalse();
    }

    @Test
    void progressMovesOnInPlaceAndIsCountedPerWave() {
        RolloutPpcs ppcs = RolloutPpcs.withCapacity(3)
                .add("a", 0, PpcProgress.PENDING, false)
                .add("b", 1, PpcProgress.PENDING, false)
                .add("c", 1, PpcProgress.FAILED, false);

        ppcs.set(1, PpcProgress.SUCCEEDED);

        assertThat(ppcs.count(PpcProgress.SUCCEEDED)).isEqualTo(1);
        assertThat(ppcs.count(PpcProgress.PENDING, 0)).isEqualTo(1);
        assertThat(ppcs.count(PpcProgress.FAILED, 1)).isEqualTo(1);
        assertThat(ppcs.count(PpcProgress.PENDING, 1)).isZero();
    }

    @Test
    void aWaveOutsideWhatTheTableHoldsAndAPositionPastTheEndAreRefused() {
        RolloutPpcs ppcs = RolloutPpcs.withCapacity(1);

        assertThatThrownBy(() -> ppcs.add("a", 128, PpcProgress.PENDING, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 127");
        assertThatThrownBy(() -> ppcs.progress(0)).isInstanceOf(IndexOutOfBoundsException.class);
        ppcs.add("a", 0, PpcProgress.PENDING, false);
        assertThatThrownBy(() -> ppcs.add("b", 0, PpcProgress.PENDING, false))
                .isInstanceOf(IllegalStateException.class);
    }
}
