package io.releasetrain.promoter.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainScheduleTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final TrainSchedule nightly = new TrainSchedule("0 0 2 * * ?", LA);
    private final TrainSchedule tuesday = new TrainSchedule("0 0 14 ? * TUE", LA);

    @Test
    void nightlySlotsAreTwoAmLocalTimeAcrossTheDaylightSavingChange() {
        // Given the week of the November 2026 change (PDT -07:00 to PST -08:00 on Sunday the 1st)
        List<Instant> slots = nightly.slotsBetween(Instant.parse("2026-10-30T12:00:00Z"), Instant.parse("2026-11-02T12:00:00Z"));

        assertThat(slots).containsExactly(Instant.parse("2026-10-31T09:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void theTuesdayTrainIsTwoPmOnTuesdays() {
        assertThat(tuesday.slotsBetween(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-15T23:00:00Z")))
                .containsExactly(Instant.parse("2026-12-01T22:00:00Z"), Instant.parse("2026-12-08T22:00:00Z"),
                        Instant.parse("2026-12-15T22:00:00Z"));
    }

    @Test
    void aSlotExactlyAtTheEndIsIncludedAndOneAtTheStartIsNot() {
        Instant slot = Instant.parse("2026-12-01T22:00:00Z");
        assertThat(tuesday.slotsBetween(slot.minusSeconds(60), slot)).containsExactly(slot);
        assertThat(tuesday.slotsBetween(slot, slot.plusSeconds(60))).isEmpty();
    }

    @Test
    void aMalformedExpressionIsRefused() {
        assertThatThrownBy(() -> new TrainSchedule("every night", LA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueSlotsAreTriggeredCaughtUpOrMissedByHowLateTheyAreFound() {
        // Given the nightly slots of Dec 1, 2 and 3 (10:00 UTC), watched since after the one of Nov 30
        Instant watched = Instant.parse("2026-11-30T12:00:00Z");
        Instant now = Instant.parse("2026-12-03T10:00:30Z");
        Instant dec1 = Instant.parse("2026-12-01T10:00:00Z");
        Instant dec2 = Instant.parse("2026-12-02T10:00:00Z");
        Instant dec3 = Instant.parse("2026-12-03T10:00:00Z");

        // When Dec 1 is recorded already and the grace period is a day and a half
        List<DueSlots.Due> due = DueSlots.at(nightly, watched, now, Duration.ofMinutes(1), Duration.ofHours(36),
                Duration.ofDays(8), Set.of(dec1));

        // Then Dec 2 is caught up (24 h late) and Dec 3 triggered on time
        assertThat(due).extracting(DueSlots.Due::slot).containsExactly(dec2, dec3);
        assertThat(due).extracting(DueSlots.Due::action).containsExactly(DueSlots.Action.CATCH_UP, DueSlots.Action.TRIGGER);

        // And with a 2 h grace period, Dec 2 is missed
        assertThat(DueSlots.at(nightly, watched, now, Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofDays(8),
                Set.of(dec1))).extracting(DueSlots.Due::action).containsExactly(DueSlots.Action.MISS, DueSlots.Action.TRIGGER);
    }

    @Test
    void slotsBeforeTheCalendarWatchedTheTrainAreNotReported() {
        Instant now = Instant.parse("2026-12-03T10:00:30Z");
        assertThat(DueSlots.at(nightly, now.minusSeconds(3600), now, Duration.ofMinutes(1), Duration.ofHours(2),
                Duration.ofDays(8), Set.of())).extracting(DueSlots.Due::slot)
                .containsExactly(Instant.parse("2026-12-03T10:00:00Z"));
    }
}
