package io.releasetrain.promoter.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Support for the ingest benchmark ({@code bench/ingest}); off in every real deployment. */
@ConfigMapping(prefix = "releasetrain.bench")
public interface BenchConfig {

    /**
     * Whether {@code POST /bench/noop} answers. It reads the body like a webhook endpoint and does nothing
     * else, so the benchmark can measure the webhook path against the bare HTTP stack. Off: 404.
     */
    @WithDefault("false")
    boolean enabled();
}
