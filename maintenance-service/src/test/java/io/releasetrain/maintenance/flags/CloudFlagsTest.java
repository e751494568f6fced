package io.releasetrain.maintenance.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CloudFlagsTest {

    /** The known bits, an unknown low bit and the unsigned top bit. */
    private static final long[] BITS = {CloudFlags.MAINTENANCE, CloudFlags.HEALTH_CHECK_OPT_OUT, 0x4L, 0x8000_0000L};

    /** Every combination of {@link #BITS} (16 starting values), with each known flag. */
    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (int mask = 0; mask < (1 << BITS.length); mask++) {
            long flags = 0;
            for (int i = 0; i < BITS.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    flags |= BITS[i];
                }
            }
            for (Flag flag : Flag.values()) {
                cases.add(Arguments.of(String.format("0x%x", flags), flags, flag));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "set {2} on {0}")
    @MethodSource("everyCombination")
    void settingABitSetsItAndKeepsEveryOtherBit(String label, long flags, Flag flag) {
        long after = CloudFlags.set(flags, flag.bit());

        assertThat(CloudFlags.isSet(after, flag.bit())).isTrue();
        assertThat(after & ~flag.bit()).isEqualTo(flags & ~flag.bit());
        assertThat(CloudFlags.set(after, flag.bit())).as("setting again changes nothing").isEqualTo(after);
    }

    @ParameterizedTest(name = "clear {2} on {0}")
    @MethodSource("everyCombination")
    void clearingABitClearsItAndKeepsEveryOtherBit(String label, long flags, Flag flag) {
        long after = CloudFlags.clear(flags, flag.bit());

        assertThat(CloudFlags.isSet(after, flag.bit())).isFalse();
        assertThat(after | flag.bit()).isEqualTo(flags | flag.bit());
        assertThat(after).isBetween(0L, CloudFlags.ALL_BITS);
        assertThat(CloudFlags.clear(after, flag.bit())).as("clearing again changes nothing").isEqualTo(after);
    }

    @ParameterizedTest(name = "set then clear {2} on {0}")
    @MethodSource("everyCombination")
    void settingThenClearingRestoresAFlagThatWasClear(String label, long flags, Flag flag) {
        long roundTrip = CloudFlags.clear(CloudFlags.set(flags, flag.bit()), flag.bit());

        long expected = flags & ~flag.bit();
        assertThat(roundTrip).isEqualTo(expected);
        assertThat(CloudFlags.with(flags, flag.bit(), CloudFlags.isSet(flags, flag.bit()))).isEqualTo(flags);
    }

    @Test
    void clearingOneBitOfAllThirtyTwoKeepsTheOtherThirtyOne() {
        assertThat(CloudFlags.clear(CloudFlags.ALL_BITS, CloudFlags.MAINTENANCE)).isEqualTo(0xFFFF_FFFEL);
        assertThat(CloudFlags.clear(CloudFlags.ALL_BITS, CloudFlags.HEALTH_CHECK_OPT_OUT)).isEqualTo(0xFFFF_FFFDL);
    }

    @Test
    void flagsOutsideAnUnsignedIntAreRefused() {
        assertThatThrownBy(() -> CloudFlags.set(-1, CloudFlags.MAINTENANCE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CloudFlags.set(0x1_0000_0000L, CloudFlags.MAINTENANCE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBitMustBeExactlyOneOfTheThirtyTwo() {
        assertThatThrownBy(() -> CloudFlags.set(0, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CloudFlags.set(0, 0x3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CloudFlags.clear(0, 0x1_0000_0000L)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void setBitsAreNamedKnownOnesByNameOthersInHex() {
        assertThat(CloudFlags.describe(0x8000_0007L))
                .containsExactly("maintenance", "health-check-opt-out", "0x4", "0x80000000");
        assertThat(CloudFlags.describe(0)).isEmpty();
    }

    @Test
    void flagsAreNamedInUrls() {
        assertThat(Flag.byPathName("maintenance")).contains(Flag.MAINTENANCE);
        assertThat(Flag.byPathName("health-check-opt-out")).contains(Flag.HEALTH_CHECK_OPT_OUT);
        assertThat(Flag.byPathName("MAINTENANCE")).isEmpty();
        assertThat(Flag.byBit(0x4)).isEmpty();
    }
}
