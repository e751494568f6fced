package io.releasetrain.ppcupdater.rollout.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WavePlanTest {

    private final WavePlan defaults = new WavePlan(1, List.of(10, 50, 100));

    @Test
    void aThousandPpcsGoOutAsOneCanaryThenUpToTenThenFiftyPercentThenTheRest() {
        assertThat(defaults.sizes(1000)).containsExactly(1, 99, 400, 500);
    }

    @Test
    void aSmallFleetDropsWavesThatWouldBeEmpty() {
        assertThat(defaults.sizes(6)).containsExactly(1, 2, 3);
        assertThat(defaults.sizes(1)).containsExactly(1);
        assertThat(defaults.sizes(0)).isEmpty();
    }

    @Test
    void theOrderOfThePpcsIsKept() {
        assertThat(defaults.split(List.of("a", "b", "c", "d"))).containsExactly(List.of("a"), List.of("b"), List.of("c", "d"));
    }

    @Test
    void percentagesMustRiseToAHundred() {
        assertThatThrownBy(() -> new WavePlan(1, List.of(50, 10, 100))).hasMessageContaining("rise");
        assertThatThrownBy(() -> new WavePlan(1, List.of(10, 50))).hasMessageContaining("end with 100");
    }
}
