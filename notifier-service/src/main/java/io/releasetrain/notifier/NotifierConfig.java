package io.releasetrain.notifier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What the notifier says where, and how it delivers to Slack. */
@ConfigMapping(prefix = "releasetrain.notifier")
public interface NotifierConfig {

    /** Channels, by name ({@code #releases}) or id ({@code C0123456789}). */
    Channels channels();

    /**
     * Overrides of the routing table: a route name ({@code promotion}, {@code deployment}, {@code calendar},
     * {@code rollback}, {@code ppc}, {@code rollout}, {@code maintenance}) or a CloudEvents type
     * ({@code "io.releasetrain.ppc.update-failed"}) to a channel. Unlisted ones keep their default channel.
     */
    Map<String, String> routes();

    /**
     * The on-call handle mentioned on failures and halts, per environment ({@code production}, {@code staging},
     * ...), in Slack's syntax: {@code <!subteam^S0123|oncall-prod>}, {@code <@U0123>} or {@code <!here>}.
     */
    Map<String, String> oncall();

    /** The environment whose on-call is mentioned when a customer rollout halts or one of its PPCs fails. */
    @WithDefault("production")
    String rolloutEnvironment();

    /** Links added to messages besides those the events carry. */
    Links links();

    /** How messages are sent. */
    Sender sender();

    /** Slack's Web API. The base URL is {@code quarkus.rest-client.slack.url}. */
    Slack slack();

    /** Default channels of the routing table. */
    interface Channels {

        /** Promotions, deployments, the release calendar and rollbacks. */
        @WithDefault("#releases")
        String releases();

        /** PPC updates, customer rollouts and maintenance. */
        @WithDefault("#ops-notifications")
        String ops();
    }

    /** Links to things the events name but do not link. */
    interface Links {

        /** Each environment's web address, e.g. {@code staging=https://beta.moolumi.io}; none by default. */
        Map<String, String> environments();

        /** A PPC's page, with {@code {cloudId}} standing for the PPC's cloud id; no link when absent. */
        Optional<String> ppc();
    }

    /** The sender that works through the pending messages. */
    interface Sender {

        /** Whether this instance sends. Several instances may; one at a time sends to a channel. */
        @WithDefault("true")
        boolean enabled();

        /** Least time between two messages to one channel (Slack allows about one a second); 0 turns it off. */
        @WithDefault("1s")
        Duration minInterval();

        /** How often the sender looks for due messages when no new message woke it (retries, other instances). */
        @WithDefault("250ms")
        Duration pollInterval();

        /** Channels sent to at the same time by this instance; each channel is still sent in order. */
        @WithDefault("4")
        int threads();

        /**
         * With the rate limit off, most messages of one channel sent in one turn: their attempt marks, Slack's
         * answers and their outcomes share commits.
         */
        @WithDefault("20")
        int batchSize();

        /** Wait before retrying after Slack failed on its side (5xx, timeout, unreachable); doubled each time. */
        @WithDefault("2s")
        Duration backoff();

        /** Longest wait between retries; retries go on for as long as Slack is down. */
        @WithDefault("1m")
        Duration maxBackoff();
    }

    /** Slack Web API credentials and behaviour. */
    interface Slack {

        /** The bot token ({@code xoxb-...}); set it through the environment variable {@code SLACK_BOT_TOKEN}. */
        Optional<String> botToken();

        /**
         * Whether a message whose earlier attempt may have reached Slack (timeout, 5xx, crash) is looked for in
         * the channel's history before it is posted again (needs the {@code channels:history} scope).
         */
        @WithDefault("true")
        boolean checkBeforeRepost();
    }
}
