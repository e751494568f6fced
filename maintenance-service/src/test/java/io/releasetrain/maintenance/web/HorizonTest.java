package io.releasetrain.maintenance.web;

import io.releasetrain.messaging.web.InvalidRequestException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HorizonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void instantsAreRoundedUpToTheWholeSecondSoNothingEndsEarly() {
        assertThat(Horizon.ceilToSecond(Instant.parse("2026-03-01T12:00:05.000001Z")))
                .isEqualTo(Instant.parse("2026-03-01T12:00:06Z"));
        assertThat(Horizon.ceilToSecond(Instant.parse("2026-03-01T12:00:05Z")))
                .isEqualTo(Instant.parse("2026-03-01T12:00:05Z"));
        assertThat(Horizon.ceilToSecond(null)).isNull();
    }

    @Test
    void aFutureInstantMustBeAheadOfNowAndWithinTheHorizon() {
        Horizon.requireAhead("expiresAt", NOW.plusSeconds(1), NOW, Duration.ofDays(1));

        assertThatThrownBy(() -> Horizon.requireAhead("expiresAt", NOW, NOW, Duration.ofDays(1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("expiresAt: must be in the future (now is 2026-03-01T12:00:00Z)");
        assertThatThrownBy(() -> Horizon.requireAhead("endsAt", NOW.plus(Duration.ofDays(2)), NOW, Duration.ofDays(1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("endsAt: must be at most PT24H ahead of now");
    }
}
