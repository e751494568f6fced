package io.releasetrain.promoter.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a train's slots are due now and what becomes of each: started on time, caught up late (the
 * service was down at the slot but it is still within the grace period), or reported missed. Pure.
 */
public final class DueSlots {

    /** What to do with a slot. */
    public enum Action {
        /** Due now: trigger it. */
        TRIGGER,
        /** Passed while nobody watched, still within the grace period: trigger it, marked as a catch-up. */
        CATCH_UP,
        /** Passed longer ago than the grace period: report it missed. */
        MISS
    }

    /** One slot and what to do with it. */
    public record Due(Instant slot, Action action, Duration late) {
    }

    private DueSlots() {
    }

    /**
     * @param schedule     the train's slots
     * @param watchedSince when the calendar first watched the train: slots before it are none of its business
     * @param now          the clock's time
     * @param onTime       a slot found at most this late counts as on time (a tick or two)
     * @param grace        a slot found later than this is missed
     * @param lookback     how far back to look at all
     * @param recorded     slots already recorded (by this or another instance)
     */
    public static List<Due> at(TrainSchedule schedule, Instant watchedSince, Instant now, Duration onTime,
            Duration grace, Duration lookback, Set<Instant> recorded) {
        Instant from = watchedSince.isAfter(now.minus(lookback)) ? watchedSince : now.minus(lookback);
        List<Due> due = new ArrayList<>();
        for (Instant slot : schedule.slotsBetween(from.minusNanos(1), now)) {
            if (recorded.contains(slot) || slot.isBefore(watchedSince)) {
                continue;
            }
            Duration late = Duration.between(slot, now);
            Action action = late.compareTo(onTime) <= 0 ? Action.TRIGGER
                    : late.compareTo(grace) <= 0 ? Action.CATCH_UP : Action.MISS;
            due.add(new Due(slot, action, late));
        }
        return due;
    }
}
