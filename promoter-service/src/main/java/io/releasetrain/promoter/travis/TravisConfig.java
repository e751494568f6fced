package io.releasetrain.promoter.travis;

import io.releasetrain.promoter.remote.CallSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Travis CI: which repositories' build notifications are accepted, and how its API is called. */
@ConfigMapping(prefix = "releasetrain.travis")
public interface TravisConfig {

    /** Base URL of the Travis CI API whose {@code /config} publishes the key webhooks are signed with. */
    @WithDefault("https://api.travis-ci.com")
    String apiUrl();

    /** Timeouts, retries, rate-limit waits and the circuit breaker for calls to the Travis CI API. */
    CallSettings http();

    /**
     * Repositories whose build notifications are accepted, as {@code owner/name}, comma-separated. A
     * notification for any other repository is refused; with none configured, every one is.
     */
    Optional<List<String>> repositories();

    /**
     * Shortest time between two fetches of Travis CI's public key caused by a signature that did not
     * verify, so that forged notifications cannot make this service hammer Travis CI's API.
     */
    @WithDefault("60s")
    Duration keyRefreshMinInterval();
}
