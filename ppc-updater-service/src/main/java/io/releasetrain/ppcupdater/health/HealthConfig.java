package io.releasetrain.ppcupdater.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a PPC's health is checked after its update job passed. */
@ConfigMapping(prefix = "releasetrain.health")
public interface HealthConfig {

    /** The path appended to a PPC's endpoint, unless the PPC names its own. */
    @WithDefault("/health")
    String path();

    /** How long one check may take (connecting and answering) before it counts as unhealthy. */
    @WithDefault("5s")
    Duration timeout();

    /** How many checks a PPC gets before its update fails as unhealthy. */
    @WithDefault("3")
    int attempts();

    /** The wait between two checks of one PPC. */
    @WithDefault("10s")
    Duration interval();
}
