package io.releasetrain.maintenance.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.maintenance.flags.FlagHold;
import io.releasetrain.maintenance.window.WindowEntryRule.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowEntryRuleTest {

    private static final Instant END = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void maintenanceOffIsEnteredWhateverTheOtherBits() {
        assertThat(WindowEntryRule.decide(0x0, null, END)).isEqualTo(Outcome.ENTERED);
        assertThat(WindowEntryRule.decide(0x8000_0002L, null, END)).isEqualTo(Outcome.ENTERED);
    }

    @Test
    void maintenanceSetOutsideTheServiceIsLeftAlone() {
        assertThat(WindowEntryRule.decide(0x1, null, END)).isEqualTo(Outcome.ALREADY_ON);
    }

    @Test
    void maintenanceWithNoEndIsLeftAlone() {
        assertThat(WindowEntryRule.decide(0x1, hold(null, null), END)).isEqualTo(Outcome.ALREADY_ON);
    }

    @Test
    void maintenanceLastingAtLeastAsLongIsLeftAlone() {
        assertThat(WindowEntryRule.decide(0x1, hold(END, null), END)).isEqualTo(Outcome.ALREADY_ON);
        assertThat(WindowEntryRule.decide(0x3, hold(END.plusSeconds(1), "other"), END)).isEqualTo(Outcome.ALREADY_ON);
    }

    @Test
    void maintenanceEndingEarlierIsTakenOver() {
        assertThat(WindowEntryRule.decide(0x1, hold(END.minusSeconds(1), null), END)).isEqualTo(Outcome.EXTENDED);
        assertThat(WindowEntryRule.decide(0x1, hold(END.minusSeconds(1), "earlier"), END)).isEqualTo(Outcome.EXTENDED);
    }

    private static FlagHold hold(Instant expiresAt, String windowId) {
        return new FlagHold(0x1, "change-1", "alice", "why", END.minusSeconds(3600), expiresAt, windowId);
    }
}
