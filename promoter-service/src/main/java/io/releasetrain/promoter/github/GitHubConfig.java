package io.releasetrain.promoter.github;

import io.releasetrain.promoter.remote.HttpClientSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub: the repositories whose webhooks this service accepts, and how it calls GitHub's REST API.
 * Secrets (webhook secrets, the token) come from the environment or a secret store, never from a file
 * in the repository, e.g. {@code RELEASETRAIN_GITHUB_TOKEN}.
 */
@ConfigMapping(prefix = "releasetrain.github")
public interface GitHubConfig {

    /** Base URL of GitHub's REST API; for GitHub Enterprise Server, {@code https://HOST/api/v3}. */
    @WithDefault("https://api.github.com")
    String apiUrl();

    /**
     * Token for GitHub's REST API (a fine-grained token with read and write access to the repository's
     * webhooks). Without it, missed deliveries are not recovered.
     */
    Optional<String> token();

    /** Timeouts, retries and rate-limit waits for calls to GitHub's REST API. */
    HttpClientSettings http();

    /**
     * The repositories whose webhooks are accepted, under a short local name of your choice, e.g.
     * {@code releasetrain.github.repositories.service.name=acme/service}. A delivery for any other
     * repository is refused.
     */
    Map<String, Repository> repositories();

    /** Recovery of deliveries GitHub failed to make. */
    Redelivery redelivery();

    /** One repository's webhook. */
    interface Repository {

        /** The repository, as {@code owner/name}. */
        String name();

        /** The secret set on the repository's webhook; deliveries are signed with it. */
        String webhookSecret();

        /**
         * The webhook's id (GitHub sends it as {@code X-GitHub-Hook-ID}). It picks the secret to check a
         * delivery with, and it is the hook whose failed deliveries are redelivered. Without it, deliveries
         * are checked against every repository configured without a hook id, and none is recovered.
         */
        Optional<Long> hookId();
    }

    /** The scheduled job that asks GitHub to redeliver failed deliveries. */
    interface Redelivery {

        /** How often the job runs. It runs only when a token and at least one hook id are configured. */
        @WithDefault("5m")
        Duration interval();

        /** How far back the job looks at a hook's deliveries; GitHub redelivers only the last 3 days. */
        @WithDefault("6h")
        Duration lookback();

        /** Redeliveries the job asks for per delivery before it gives up on it. */
        @WithDefault("3")
        int maxAttempts();

        /** Pages of 100 deliveries read per hook and run, at most. */
        @WithDefault("10")
        int maxPages();
    }
}
