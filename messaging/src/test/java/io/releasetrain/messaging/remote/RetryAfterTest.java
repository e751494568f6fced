package io.releasetrain.messaging.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfter.at(" 120 ", CLOCK)).contains(NOW.plusSeconds(120));
        assertThat(RetryAfter.at("0", CLOCK)).contains(NOW);
    }

    @Test
    void readsAnHttpDateAndNeverAnswersThePast() {
        assertThat(RetryAfter.at("Wed, 21 Oct 2026 07:30:00 GMT", CLOCK)).contains(NOW.plusSeconds(120));
        assertThat(RetryAfter.at("Wed, 21 Oct 2026 07:00:00 GMT", CLOCK)).contains(NOW);
    }

    @Test
    void unreadableOrNegativeValuesAreNoHint() {
        assertThat(RetryAfter.at(null, CLOCK)).isEmpty();
        assertThat(RetryAfter.at("", CLOCK)).isEmpty();
        assertThat(RetryAfter.at("-5", CLOCK)).isEmpty();
        assertThat(RetryAfter.at("soon", CLOCK)).isEmpty();
        assertThat(RetryAfter.epochSeconds("x")).isEmpty();
        assertThat(RetryAfter.epochSeconds(null)).isEmpty();
    }

    @Test
    void readsEpochSecondsAndWaitsUntilThem() {
        Instant reset = RetryAfter.epochSeconds(Long.toString(NOW.getEpochSecond() + 30)).orElseThrow();
        assertThat(RetryAfter.until(reset, CLOCK)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.until(NOW.minusSeconds(1), CLOCK)).isEqualTo(Duration.ZERO);
    }
}
