package io.releasetrain.console.web;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps out of the console's log the start-up warnings about the settings the services share in messaging's
 * {@code META-INF/microprofile-config.properties}: the console takes a few classes from messaging, and with them
 * that file, whose datasource, Hibernate ORM, Flyway and OpenAPI settings name extensions the console does not
 * have. Quarkus would call each one "unrecognized" at every start and suggest a typo. Only those warnings go,
 * and only for keys under {@link #SHARED_PREFIXES}: a mistyped key of the console's own is still reported.
 */
@LoggingFilter(name = "shared-service-defaults")
public final class SharedDefaultsFilter implements Filter {

    static final String CONFIG_LOGGER = "io.quarkus.config";
    static final String UNRECOGNIZED = "Unrecognized configuration key";

    /** The extensions messaging's shared defaults configure and the console does not have. */
    static final List<String> SHARED_PREFIXES = List.of("quarkus.datasource.", "quarkus.hibernate-orm.", "quarkus.flyway.",
            "quarkus.swagger-ui.", "quarkus.smallrye-openapi.");

    private final List<String> prefixes;

    public SharedDefaultsFilter() {
        this(SHARED_PREFIXES);
    }

    SharedDefaultsFilter(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(CONFIG_LOGGER.equals(record.getLoggerName()) && record.getMessage() != null
                && record.getMessage().startsWith(UNRECOGNIZED) && sharedDefault(record.getParameters()));
    }

    private boolean sharedDefault(Object[] parameters) {
        return parameters != null && parameters.length > 0 && parameters[0] instanceof String key
                && prefixes.stream().anyMatch(key::startsWith);
    }
}
