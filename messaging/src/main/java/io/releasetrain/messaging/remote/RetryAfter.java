package io.releasetrain.messaging.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the hints outside systems give about when to call again: HTTP's {@code Retry-After} (delta
 * seconds or an HTTP date) and the epoch-seconds reset times of rate-limit headers such as GitHub's
 * {@code X-RateLimit-Reset}. Unreadable or negative values are no hint at all.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * When a {@code Retry-After} value says to call again.
     *
     * @param header the header's value: {@code 120} or {@code Wed, 21 Oct 2026 07:28:00 GMT}; may be null
     * @param clock  now
     * @return the instant, never before now; empty when the value is missing or unreadable
     */
    public static Optional<Instant> at(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Instant now = clock.instant();
        Optional<Long> seconds = seconds(value);
        if (seconds.isPresent()) {
            return Optional.of(now.plusSeconds(seconds.get()));
        }
        try {
            Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(date.isBefore(now) ? now : date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant of an epoch-seconds header value such as {@code X-RateLimit-Reset}; empty when unreadable. */
    public static Optional<Instant> epochSeconds(String header) {
        return header == null ? Optional.empty() : seconds(header.trim()).map(Instant::ofEpochSecond);
    }

    /** How long from now until {@code instant}; zero when it has passed. */
    public static Duration until(Instant instant, Clock clock) {
        Duration wait = Duration.between(clock.instant(), instant);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Optional<Long> seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(seconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
