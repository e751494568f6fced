package io.releasetrain.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service publishes through its outbox and consumes through its inbox. */
@ConfigMapping(prefix = "releasetrain.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of every event this service emits; the application name by default. */
    @WithDefault("${quarkus.application.name}")
    String source();

    /** The relay that publishes outbox rows to Kafka. */
    Relay relay();

    /** The consumer side: retries and the inbox. */
    Inbox inbox();

    /** Outbox relay settings. */
    interface Relay {

        /** Whether this instance relays outbox rows. Several instances may; only one relays at a time. */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for pending rows even when no commit woke it (recovery, other instances). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long the relay waits after a commit woke it before it publishes. Commits arriving meanwhile
         * are folded into the same pass, so a steady stream of small transactions costs one relay
         * transaction and one Kafka request per linger, not one per commit (at 500 webhook deliveries/s,
         * 20 ms instead of 5 ms cuts the CPU each delivery costs the service, MariaDB and Kafka by a fifth);
         * zero publishes at once.
         */
        @WithDefault("20ms")
        Duration linger();

        /** Most rows published in one relay transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long Kafka may take to acknowledge a batch before the relay gives up and retries it. */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    /** Consumer settings. */
    interface Inbox {

        /** Attempts at an event's effect before the event is sent to the dead-letter topic. */
        @WithDefault("4")
        int maxAttempts();

        /** Wait before the first retry; doubled for each further one. */
        @WithDefault("200ms")
        Duration backoff();

        /** How long processed event ids are remembered; longer than the topics' retention. */
        @WithDefault("P14D")
        Duration retention();
    }
}
