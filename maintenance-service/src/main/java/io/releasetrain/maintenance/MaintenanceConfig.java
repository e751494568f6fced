package io.releasetrain.maintenance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How maintenance-service runs expiries, windows and listings. */
@ConfigMapping(prefix = "releasetrain.maintenance")
public interface MaintenanceConfig {

    /**
     * How often the sweep clears flags whose expiry has passed and starts and ends maintenance windows.
     * A flag is cleared at most this long after its expiry; the admission check honours the expiry to
     * the instant regardless.
     */
    @WithDefault("5s")
    Duration sweepInterval();

    /** Most expired flags, and most due windows, one sweep handles; the rest wait for the next sweep. */
    @WithDefault("200")
    int sweepBatchSize();

    /**
     * How far ahead of now an expiry or a window's end may lie. Further is refused with 400: it is far
     * more likely a typo than a plan, and the database's TIMESTAMP columns end in 2038.
     */
    @WithDefault("P366D")
    Duration maxAhead();

    /** Entries returned by a listing (audit trail, windows) when the caller does not say. */
    @WithDefault("50")
    int defaultLimit();

    /** Most entries a listing returns in one answer; page further with {@code before}. */
    @WithDefault("500")
    int maxLimit();
}
