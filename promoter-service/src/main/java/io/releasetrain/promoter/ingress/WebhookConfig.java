package io.releasetrain.promoter.ingress;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The webhook endpoints: {@code POST /webhooks/github} and {@code POST /webhooks/travis}. */
@ConfigMapping(prefix = "releasetrain.webhooks")
public interface WebhookConfig {

    /**
     * Largest request body accepted, e.g. {@code 25M}; larger ones get 413 without being read. GitHub caps
     * its payloads at 25 MB. Independent of {@code quarkus.http.limits.max-body-size}, which the webhook
     * endpoints bypass so that their 413 carries a JSON body.
     */
    @WithDefault("25M")
    MemorySize maxBodySize();

    /** What a 503 (database down) tells the sender in {@code Retry-After}. */
    @WithDefault("10s")
    Duration retryAfter();

    /** How long delivery ids are remembered to drop duplicates; longer than GitHub's 3 days of redelivery. */
    @WithDefault("P14D")
    Duration deliveryRetention();
}
