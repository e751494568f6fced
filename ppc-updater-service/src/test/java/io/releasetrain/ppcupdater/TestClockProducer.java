package io.releasetrain.ppcupdater;

import io.releasetrain.testsupport.TestClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service reads {@link TestClock} in tests instead of the default system clock, so tests move its time. */
@ApplicationScoped
class TestClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return TestClock.INSTANCE;
    }
}
