package io.releasetrain.maintenance.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.maintenance.flags.FlagHold;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdmissionDecisionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @ValueSource(longs = {0x0, 0x2, 0x4, 0x8000_0000L, 0xFFFF_FFFEL})
    void withoutTheMaintenanceBitEveryOtherBitIsIrrelevant(long flags) {
        assertThat(AdmissionDecision.decide(flags, null, NOW).admitted()).isTrue();
    }

    @Test
    void maintenanceWithNoEndRefusesWithoutRetryAfter() {
        FlagHold hold = hold(null);

        AdmissionDecision decision = AdmissionDecision.decide(0x3, hold, NOW);

        assertThat(decision.admitted()).isFalse();
        assertThat(decision.hold()).isEqualTo(hold);
        assertThat(decision.retryAfter()).isEmpty();
    }

    @Test
    void maintenanceSetOutsideTheServiceRefusesWithNoReasonKnown() {
        AdmissionDecision decision = AdmissionDecision.decide(0x1, null, NOW);

        assertThat(decision.admitted()).isFalse();
        assertThat(decision.hold()).isNull();
        assertThat(decision.retryAfter()).isEmpty();
    }

    @Test
    void retryAfterCountsWholeSecondsUpToTheExpiry() {
        assertThat(AdmissionDecision.decide(0x1, hold(NOW.plusSeconds(90)), NOW).retryAfter()).hasValue(90);
        assertThat(AdmissionDecision.decide(0x1, hold(NOW.plusMillis(90_001)), NOW).retryAfter()).hasValue(91);
        assertThat(AdmissionDecision.decide(0x1, hold(NOW.plusMillis(1)), NOW).retryAfter()).hasValue(1);
    }

    @Test
    void anExpiryThatHasPassedAdmitsBeforeTheSweepClearsTheBit() {
        assertThat(AdmissionDecision.decide(0x1, hold(NOW), NOW).admitted()).isTrue();
        assertThat(AdmissionDecision.decide(0x1, hold(NOW.minusSeconds(1)), NOW).admitted()).isTrue();
    }

    private static FlagHold hold(Instant expiresAt) {
        return new FlagHold(0x1, "change-1", "alice", "db migration", NOW.minusSeconds(60), expiresAt, null);
    }
}
