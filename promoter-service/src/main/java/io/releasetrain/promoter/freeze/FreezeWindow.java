package io.releasetrain.promoter.freeze;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a freeze holds: from {@code start} to {@code end}, and with weekly recurrence the same local
 * times every following week (in the calendar's time zone, so a Friday-evening freeze stays Friday evening
 * across daylight-saving changes); never from the moment it was ended. Pure.
 */
public record FreezeWindow(Instant start, Instant end, boolean weekly, Instant endedAt, ZoneId zone) {

    /** Validates the window: it ends after it starts, and a weekly one lasts less than a week. */
    public FreezeWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a freeze must end after it starts");
        }
        if (weekly && Duration.between(start, end).compareTo(Duration.ofDays(7)) >= 0) {
            throw new IllegalArgumentException("a weekly freeze must last less than a week");
        }
    }

    /** Whether the freeze holds at {@code at}. */
    public boolean covers(Instant at) {
        if (endedAt != null && !at.isBefore(endedAt)) {
            return false;
        }
        return occurrenceAt(at).isPresent();
    }

    /** When the occurrence holding at {@code at} ends (the earlier of its end and the freeze being ended). */
    public Optional<Instant> endOfOccurrenceAt(Instant at) {
        if (!covers(at)) {
            return Optional.empty();
        }
        Instant end = occurrenceAt(at).orElseThrow();
        return Optional.of(endedAt != null && endedAt.isBefore(end) ? endedAt : end);
    }

    /** The end of the occurrence that covers {@code at}, ignoring {@link #endedAt}. */
    private Optional<Instant> occurrenceAt(Instant at) {
        if (at.isBefore(start)) {
            return Optional.empty();
        }
        if (!weekly) {
            return at.isBefore(end) ? Optional.of(end) : Optional.empty();
        }
        LocalDateTime localStart = LocalDateTime.ofInstant(start, zone);
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, zone);
        long weeks = ChronoUnit.WEEKS.between(localStart, LocalDateTime.ofInstant(at, zone));
        // The occurrence starting in the week of at, or the one before it still running past a week boundary.
        for (long k = weeks; k >= Math.max(0, weeks - 1); k--) {
            Instant from = localStart.plusWeeks(k).atZone(zone).toInstant();
            Instant to = localEnd.plusWeeks(k).atZone(zone).toInstant();
            if (!at.isBefore(from) && at.isBefore(to)) {
                return Optional.of(to);
            }
        }
        return Optional.empty();
    }
}
