package io.releasetrain.promoter.remote;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How this service calls one outside HTTP API: timeouts, retries and how long it waits out a rate limit. */
public interface HttpClientSettings {

    /** How long to wait for a TCP connection to the API. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long one request may take, from sending it to the end of the answer. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Attempts per call, the first included, when the API times out, answers 5xx or rate-limits us. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the second attempt after a timeout or a 5xx; doubled for each further attempt. */
    @WithDefault("500ms")
    Duration backoff();

    /**
     * Longest wait this service accepts when the API rate-limits it (429, or 403 with {@code Retry-After} or
     * an exhausted {@code X-RateLimit-Remaining}); a longer one fails the call at once, saying when to retry.
     */
    @WithDefault("60s")
    Duration maxRateLimitWait();
}
