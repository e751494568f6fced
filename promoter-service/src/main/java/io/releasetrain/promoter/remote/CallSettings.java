package io.releasetrain.promoter.remote;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How this service calls one outside API: the per-attempt timeout, retries with exponential backoff,
 * the longest rate-limit wait it accepts, and when its circuit breaker opens. Connection settings (URL,
 * connect timeout) are the REST Client's own: {@code quarkus.rest-client.<name>.*}.
 */
public interface CallSettings {

    /**
     * Longest an attempt may take in all, from sending the request to the end of the answer; the REST Client's
     * {@code read-timeout} bounds each wait for data from the socket within it.
     */
    @WithDefault("30s")
    Duration requestTimeout();

    /** Attempts per call, the first included, when the API times out, answers 5xx or rate-limits us. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the second attempt after a timeout or a 5xx; doubled for each further attempt. */
    @WithDefault("500ms")
    Duration backoff();

    /** Longest wait between two attempts after a timeout or a 5xx, however many attempts came before. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * Longest wait this service accepts when the API rate-limits it (429, or 403 with {@code Retry-After} or
     * an exhausted {@code X-RateLimit-Remaining}); a longer one fails the call at once, saying when to retry.
     */
    @WithDefault("60s")
    Duration maxRateLimitWait();

    /** When calls stop being sent to an API that keeps failing, and when they are tried again. */
    Circuit circuit();

    /** The circuit breaker in front of the API. */
    interface Circuit {

        /** How many of the latest attempts the breaker looks at. */
        @WithDefault("20")
        int window();

        /** Share of those attempts that failed (timeouts, unreachable, 5xx) at which the breaker opens. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before it lets a trial call through. */
        @WithDefault("30s")
        Duration delay();
    }
}
