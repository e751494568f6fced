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

    /**
     * Threads writing deliveries to the database. Deliveries arriving while a writer is busy wait and are
     * then written together, in one transaction, by the next free writer.
     */
    @WithDefault("2")
    int writers();

    /**
     * How long a writer waits for more deliveries after the first before it writes them. A few
     * milliseconds turn the commits of a steady stream (each of which also wakes the outbox relay for
     * a pass of its own) into fewer, larger ones; zero writes every lone delivery at once.
     */
    @WithDefault("0ms")
    Duration batchLinger();

    /** Most deliveries written in one transaction. */
    @WithDefault("50")
    int maxBatch();

    /**
     * How long a delivery may wait to be committed before the sender gets 503; below GitHub's 10 s
     * timeout. A delivery committed after that is recognised as a duplicate when sent again.
     */
    @WithDefault("8s")
    Duration writeTimeout();

    /** How long delivery ids are remembered to drop duplicates; longer than GitHub's 3 days of redelivery. */
    @WithDefault("P14D")
    Duration deliveryRetention();
}
