package io.releasetrain.console.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class SharedDefaultsFilterTest {

    /** What Quarkus' ConfigDiagnostic logs for a key no extension claims. */
    private static final String WARNING = "Unrecognized configuration key \"%s\" was provided; it will be ignored; "
            + "verify that the dependency extension for this configuration is set or that you did not make a typo";

    private final SharedDefaultsFilter filter = new SharedDefaultsFilter(
            List.of("quarkus.datasource.", "quarkus.hibernate-orm.", "quarkus.flyway."));

    @Test
    void theWarningsAboutTheServicesSharedDefaultsAreDropped() {
        assertFalse(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER, WARNING, "quarkus.flyway.locations")));
        assertFalse(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER, WARNING, "quarkus.datasource.db-kind")));
    }

    @Test
    void aMistypedKeyOfTheConsolesOwnIsStillReported() {
        assertTrue(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER, WARNING, "quarkus.oidc.auth-server-ur")));
        assertTrue(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER, WARNING, "releasetrain.consol.live")));
    }

    @Test
    void everythingElseIsLeftAlone() {
        assertTrue(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER,
                "The \"%s\" config property is deprecated", "quarkus.flyway.locations")));
        assertTrue(filter.isLoggable(record("io.releasetrain.console", WARNING, "quarkus.flyway.locations")));
        assertTrue(filter.isLoggable(record(SharedDefaultsFilter.CONFIG_LOGGER, WARNING)));
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, null)));
    }

    private static LogRecord record(String logger, String message, Object... parameters) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        record.setParameters(parameters);
        return record;
    }
}
