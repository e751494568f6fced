package io.releasetrain.ppcupdater.update;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How PPC jobs are started and followed. */
@ConfigMapping(prefix = "releasetrain.updates")
public interface UpdateConfig {

    /**
     * How often the fleet's work is looked at: rollouts advanced, jobs started, CI polled. {@code off}
     * stops it (tests drive it themselves).
     */
    @WithDefault("5s")
    String tickInterval();

    /** The wait between two polls of one running job (ci-events usually report its end sooner). */
    @WithDefault("30s")
    Duration pollInterval();

    /** A job that has not reported a result this long after it started is failed. */
    @WithDefault("PT2H")
    Duration jobTimeout();

    /** The wait before trying again to start a job the CI system could not take. */
    @WithDefault("1m")
    Duration retryDelay();

    /** How many times starting a job is tried before its update fails. */
    @WithDefault("5")
    int maxTriggerAttempts();

    /** Most jobs looked at in one pass. */
    @WithDefault("200")
    int batchSize();

    /** How long one instance holds a job it is working on before another may take it. */
    @WithDefault("2m")
    Duration lease();
}
