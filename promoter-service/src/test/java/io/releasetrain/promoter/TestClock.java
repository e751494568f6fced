package io.releasetrain.promoter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: real time plus an offset that tests only move forward, so the calendar's 2 AM
 * comes when a test says so (and nothing else sees time run backwards).
 */
public final class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);
    static final TestClock INSTANCE = new TestClock();

    /** Moves the service's time forward to {@code at}; refused when that is in its past. */
    public static void moveTo(Instant at) {
        Duration by = Duration.between(INSTANCE.instant(), at);
        if (by.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward; it is " + INSTANCE.instant());
        }
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    /** The service's time now. */
    public static Instant now() {
        return INSTANCE.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(OFFSET.get());
    }

    /** Replaces the default system clock. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
