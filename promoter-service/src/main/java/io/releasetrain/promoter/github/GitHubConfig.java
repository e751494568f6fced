package io.releasetrain.promoter.github;

import io.releasetrain.promoter.remote.CallSettings;
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

    /** The REST API version sent as {@code X-GitHub-Api-Version} on every request. */
    @WithDefault("2022-11-28")
    String apiVersion();

    /**
     * Token for GitHub's REST API (a personal or fine-grained token; for the webhooks, read and write access
     * to the repository's webhooks), from the environment ({@code RELEASETRAIN_GITHUB_TOKEN}). Used when no
     * GitHub App is configured. With neither, nothing calls GitHub (missed deliveries are not recovered).
     */
    Optional<String> token();

    /** A GitHub App to authenticate as (the production setting); when its id is set, it wins over {@link #token()}. */
    App app();

    /** Timeouts, retries, rate-limit waits and the circuit breaker for calls to GitHub's REST API. */
    CallSettings http();

    /** A GitHub App installed on the repositories: its installation tokens authenticate every call. */
    interface App {

        /** The app's id (or its client id): the {@code iss} of the JWTs it signs. Without it, no app is used. */
        Optional<String> id();

        /** The installation of the app on the repositories' account or organization; required with an app id. */
        Optional<Long> installationId();

        /**
         * The app's private key in PEM (PKCS#1 as GitHub issues it, or PKCS#8), from the environment only
         * ({@code RELEASETRAIN_GITHUB_APP_PRIVATE_KEY}); required with an app id.
         */
        Optional<String> privateKey();

        /** How long before an installation token expires a new one is minted. */
        @WithDefault("5m")
        Duration renewalMargin();
    }

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
