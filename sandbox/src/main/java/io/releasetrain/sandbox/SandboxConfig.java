package io.releasetrain.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The sandbox's settings ({@code sandbox.*}, environment {@code SANDBOX_*}). */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** The sandbox's own base URL as the services reach it: links, PPC endpoints and API URLs are built from it. */
    @WithDefault("http://127.0.0.1:8089")
    String baseUrl();

    /** The simulated GitHub. */
    GitHub github();

    /** The simulated Travis CI. */
    Travis travis();

    /** The simulated Slack workspace. */
    Slack slack();

    /** Where the promoter listens for webhooks and for the calendar's triggers. */
    Promoter promoter();

    /** The simulated GitHub. */
    interface GitHub {

        /** The one repository played, {@code owner/name}. */
        @WithDefault("acme/pulumi-service")
        String repository();

        /** Branches the repository starts with, all at the seed commit. */
        @WithDefault("master,staging,production")
        List<String> branches();

        /**
         * The webhook's secret: deliveries carry {@code X-Hub-Signature-256} with it. From the environment
         * ({@code SANDBOX_GITHUB_WEBHOOK_SECRET}); without it deliveries are unsigned, as GitHub's are.
         */
        Optional<String> webhookSecret();

        /** The webhook's id, sent as {@code X-GitHub-Hook-ID} and served under {@code /hooks/{id}/deliveries}. */
        @WithDefault("1")
        long hookId();

        /** Branches protected by required status checks: their pull requests merge only when the contexts pass. */
        @WithDefault("staging,production")
        List<String> protectedBranches();

        /** The status contexts a pull request into a protected branch needs in state {@code success}. */
        @WithDefault("continuous-integration/travis-ci/pr")
        List<String> requiredContexts();

        /** The {@code github.com/pulumi/pulumi-ppc} version the seed {@code Gopkg.lock} pins. */
        @WithDefault("v1.4.0")
        String ppcVersion();

        /** The Pulumi SDK version the seed {@code .travis.yml} installs. */
        @WithDefault("v0.17.28")
        String sdkVersion();
    }

    /** The simulated Travis CI. */
    interface Travis {

        /** How long a push or pull-request build runs before it passes or fails. */
        @WithDefault("3s")
        Duration buildDuration();

        /** How long a PPC job (an API build) runs before it passes or fails. */
        @WithDefault("2s")
        Duration jobDuration();

        /** How long a build waits in the queue before it starts. */
        @WithDefault("200ms")
        Duration queueTime();
    }

    /** The simulated Slack workspace. */
    interface Slack {

        /** Channels that exist from the start; others are created on first post when {@link #createChannels()}. */
        @WithDefault("releases,ops-notifications")
        List<String> channels();

        /** Whether posting to an unknown channel creates it (otherwise {@code channel_not_found}). */
        @WithDefault("true")
        boolean createChannels();

        /** Bot tokens accepted ({@code SANDBOX_SLACK_TOKENS}); when empty any bearer token is accepted. */
        Optional<List<String>> tokens();
    }

    /** The promoter, which receives the webhooks and owns the release calendar. */
    interface Promoter {

        /** Whether webhooks are sent at all (off: they are only recorded as deliveries). */
        @WithDefault("true")
        boolean webhooks();

        /**
         * Path (on {@code quarkus.rest-client.promoter.url}) POSTed with {@code {"to": <nightly-target>, "reason": ...}}
         * to fire the nightly master→staging promotion. The default starts a promotion through the promotion
         * engine's REST API; point it at the calendar's own trigger once the promoter has one.
         */
        @WithDefault("/promotions")
        String nightlyTriggerPath();

        /** The environment the nightly trigger promotes into. */
        @WithDefault("staging")
        String nightlyTarget();

        /** Path POSTed with {@code {"to": <tuesday-target>, "reason": ...}} to fire the Tuesday staging→production promotion. */
        @WithDefault("/promotions")
        String tuesdayTriggerPath();

        /** The environment the Tuesday trigger promotes into. */
        @WithDefault("production")
        String tuesdayTarget();

        /** Bearer token sent with the calendar triggers ({@code SANDBOX_PROMOTER_TOKEN}, e.g. from scripts/dev-token.sh). */
        Optional<String> token();
    }
}
