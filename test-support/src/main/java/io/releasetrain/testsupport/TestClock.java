package io.releasetrain.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's clock in tests: real time plus an offset that tests only move forward, so the calendar's 2 AM,
 * bake times and job timeouts come when a test says so, and nothing sees time run backwards. One per test JVM
 * ({@link #INSTANCE}). Not a bean: a service's test sources produce it as their {@link Clock} (a two-line
 * {@code @Produces @Singleton Clock}), which replaces the default system clock.
 */
public final class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** The clock every test of the JVM moves. */
    public static final TestClock INSTANCE = new TestClock();

    private TestClock() {
    }

    /** Moves the service's time forward by {@code by}; refused when negative. */
    public static void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward, not by " + by);
        }
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    /** Moves the service's time forward to {@code at}; refused when that is in its past. */
    public static void moveTo(Instant at) {
        Duration by = Duration.between(INSTANCE.instant(), at);
        if (by.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward; it is " + INSTANCE.instant());
        }
        advance(by);
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
}
