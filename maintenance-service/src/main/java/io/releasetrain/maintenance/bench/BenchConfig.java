package io.releasetrain.maintenance.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Switches for the benchmark in {@code bench/admission}; everything here is off in normal operation. */
@ConfigMapping(prefix = "releasetrain.bench")
public interface BenchConfig {

    /**
     * Whether {@code GET /bench/noop} answers. It is read at run time (not at build time) so that the
     * benchmark can switch it on in the packaged jar with {@code -Dreleasetrain.bench.enabled=true};
     * when off the endpoint answers 404 like any unknown path.
     */
    @WithDefault("false")
    boolean enabled();
}
