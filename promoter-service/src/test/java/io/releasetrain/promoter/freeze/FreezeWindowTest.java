package io.releasetrain.promoter.freeze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FreezeWindowTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    // Friday Oct 23, 2026, 17:00 PDT to Monday Oct 26, 09:00 PDT.
    private static final Instant FRIDAY = Instant.parse("2026-10-24T00:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-10-26T16:00:00Z");

    @Test
    void aOneOffFreezeHoldsFromItsStartUntilItsEnd() {
        FreezeWindow window = new FreezeWindow(FRIDAY, MONDAY, false, null, LA);

        assertThat(window.covers(FRIDAY.minusSeconds(1))).isFalse();
        assertThat(window.covers(FRIDAY)).isTrue();
        assertThat(window.covers(MONDAY.minusSeconds(1))).isTrue();
        assertThat(window.covers(MONDAY)).isFalse();
        assertThat(window.covers(FRIDAY.plusSeconds(7 * 86400))).isFalse();
    }

    @Test
    void aWeeklyFreezeRepeatsAtTheSameLocalTimeAcrossTheDaylightSavingChange() {
        FreezeWindow window = new FreezeWindow(FRIDAY, MONDAY, true, null, LA);

        // Two weeks on, after the change to PST (-08:00): Friday 17:00 local is 01:00 UTC
        assertThat(window.covers(Instant.parse("2026-11-07T00:30:00Z"))).isFalse();
        assertThat(window.covers(Instant.parse("2026-11-07T01:00:00Z"))).isTrue();
        assertThat(window.covers(Instant.parse("2026-11-09T16:59:00Z"))).isTrue();
        assertThat(window.covers(Instant.parse("2026-11-09T17:00:00Z"))).isFalse();
        // A Wednesday in between is not frozen
        assertThat(window.covers(Instant.parse("2026-11-04T20:00:00Z"))).isFalse();
    }

    @Test
    void anEndedFreezeNoLongerHolds() {
        Instant ended = Instant.parse("2026-10-25T12:00:00Z");
        FreezeWindow window = new FreezeWindow(FRIDAY, MONDAY, true, ended, LA);

        assertThat(window.covers(ended.minusSeconds(1))).isTrue();
        assertThat(window.endOfOccurrenceAt(ended.minusSeconds(1))).contains(ended);
        assertThat(window.covers(ended)).isFalse();
        assertThat(window.covers(FRIDAY.plusSeconds(7 * 86400 + 3600))).isFalse();
    }

    @Test
    void windowsThatEndBeforeTheyStartOrRecurWhileStillRunningAreRefused() {
        assertThatThrownBy(() -> new FreezeWindow(MONDAY, FRIDAY, false, null, LA)).hasMessageContaining("end after");
        assertThatThrownBy(() -> new FreezeWindow(FRIDAY, FRIDAY.plusSeconds(8 * 86400), true, null, LA))
                .hasMessageContaining("less than a week");
    }
}
