package io.releasetrain.ppcupdater;

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
 * The service's clock in tests: real time plus an offset tests move forward, so bake times and job
 * timeouts pass without waiting.
 */
public final class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);
    static final TestClock INSTANCE = new TestClock();

    /** Moves the service's time forward. */
    public static void advance(Duration by) {
        OFFSET.updateAndGet(offset -> offset.plus(by));
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
