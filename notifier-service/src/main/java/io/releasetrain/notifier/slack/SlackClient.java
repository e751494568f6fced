package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasetrain.messaging.remote.RemoteCalls;
import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.messaging.remote.RetryAfter;
import io.releasetrain.notifier.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to Slack. Owns the bot token, metrics ({@code system=slack}), retries of the calls that are
 * safe to repeat, and what Slack's answers mean:
 *
 * <ul>
 *   <li>HTTP 429: {@link RemoteRateLimitedException} with the time {@code Retry-After} names;</li>
 *   <li>5xx, timeouts, connection failures, and {@code ok: false} errors Slack documents as transient
 *       ({@code internal_error}, {@code fatal_error}, {@code service_unavailable}, {@code request_timeout},
 *       {@code ratelimited}): {@link RemoteUnavailableException} — try again later;</li>
 *   <li>every other {@code ok: false} ({@code channel_not_found}, {@code invalid_auth}, {@code not_in_channel},
 *       {@code is_archived}, {@code msg_too_long}, ...) and other 4xx: {@link RemoteRejectedException} whose
 *       {@link #reason(RemoteException)} is Slack's error code — retrying the same message does not help.</li>
 * </ul>
 *
 * {@link #post} is not retried here: an attempt whose answer was lost may have posted, and only the sender,
 * which can look for the message first, may try again.
 */
@ApplicationScoped
public class SlackClient {

    static final String SYSTEM = "slack";
    private static final Set<String> TRANSIENT = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "rate_limited");
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);
    private static final int HISTORY_PAGE = 200;
    private static final int CHANNEL_PAGE = 200;
    /** A workspace of up to 10,000 channels is searched; past that the name stays unresolved. */
    private static final int MAX_CHANNEL_PAGES = 50;

    private final SlackApi api;
    private final NotifierConfig config;
    private final RemoteCalls metrics;
    private final ObjectMapper json;
    private final Clock clock;

    SlackClient(@RestClient SlackApi api, NotifierConfig config, RemoteCalls metrics, ObjectMapper json, Clock clock) {
        this.api = api;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** Where Slack put a message. */
    public record Posted(String channelId, String ts) {
    }

    /**
     * Posts a message ({@code chat.postMessage}), named by {@code messageKey} in its metadata.
     *
     * @param threadTs the thread head's ts for a reply; null for a new message
     */
    public Posted post(String channel, String threadTs, String text, String blocksJson, String messageKey) {
        SlackPost body = new SlackPost(channel, text, blocks(blocksJson), threadTs, SlackMetadata.of(messageKey), false);
        SlackAnswer answer = call("chat.postMessage", () -> api.postMessage(bearer(), body));
        return new Posted(answer.channel(), answer.ts());
    }

    /** Replaces a posted message's text and blocks ({@code chat.update}); safe to repeat. */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RemoteUnavailableException.class)
    public void update(String channelId, String ts, String text, String blocksJson) {
        SlackUpdate body = new SlackUpdate(channelId, ts, text, blocks(blocksJson));
        call("chat.update", () -> api.update(bearer(), body));
    }

    /**
     * Looks for a message the notifier posted since {@code since}, by its key: in the channel's history, or
     * among the replies of the thread whose head is {@code threadTs}. Needs the {@code channels:history} scope
     * ({@code groups:history} for private channels).
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RemoteUnavailableException.class)
    public Optional<Posted> find(String channelId, String threadTs, String messageKey, Instant since) {
        String oldest = since.getEpochSecond() + ".000000";
        SlackAnswer answer = threadTs == null
                ? call("conversations.history",
                        () -> api.history(bearer(), channelId, oldest, true, HISTORY_PAGE, true))
                : call("conversations.replies",
                        () -> api.replies(bearer(), channelId, threadTs, oldest, true, HISTORY_PAGE, true));
        List<SlackAnswer.Message> messages = answer.messages() == null ? List.of() : answer.messages();
        return messages.stream()
                .filter(message -> message.metadata() != null && message.metadata().names(messageKey))
                .findFirst()
                .map(message -> new Posted(channelId, message.ts()));
    }

    /**
     * The id of the channel called {@code name} ({@code #releases} or {@code releases}), from
     * {@code conversations.list} (scopes {@code channels:read}, {@code groups:read}); empty when no channel of the
     * workspace has that name.
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = RemoteUnavailableException.class)
    public Optional<String> channelId(String name) {
        String wanted = name.startsWith("#") ? name.substring(1) : name;
        String cursor = null;
        for (int page = 0; page < MAX_CHANNEL_PAGES; page++) {
            String from = cursor;
            SlackAnswer answer = call("conversations.list",
                    () -> api.channels(bearer(), "public_channel,private_channel", true, CHANNEL_PAGE, from));
            Optional<String> found = (answer.channels() == null ? List.<SlackAnswer.Channel>of() : answer.channels())
                    .stream().filter(channel -> wanted.equals(channel.name())).map(SlackAnswer.Channel::id).findFirst();
            cursor = answer.responseMetadata() == null ? null : answer.responseMetadata().nextCursor();
            if (found.isPresent() || cursor == null || cursor.isBlank()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** What a failure of this client was, in Slack's words where Slack gave any: {@code channel_not_found}. */
    public static String reason(RemoteException failure) {
        String message = failure.getMessage();
        String prefix = failure.system() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private SlackAnswer call(String operation, Supplier<SlackAnswer> request) {
        try {
            return metrics.timed(SYSTEM, operation, () -> answered(operation, request.get()), e -> classify(operation, e));
        } catch (RemoteRateLimitedException limited) {
            metrics.rateLimitWait(SYSTEM, RetryAfter.until(limited.retryAt(), clock));
            throw limited;
        }
    }

    /** Slack answers HTTP 200 to most refusals: {@code ok: false} says what went wrong. */
    private SlackAnswer answered(String operation, SlackAnswer answer) {
        if (answer == null) {
            throw new RemoteUnavailableException(SYSTEM, operation + " answered with no body", null);
        }
        if (!answer.ok()) {
            throw refused(operation, answer.error());
        }
        return answer;
    }

    private RemoteException refused(String operation, String error) {
        String code = error == null || error.isBlank() ? "unknown_error" : error;
        if (TRANSIENT.contains(code)) {
            return code.startsWith("rate")
                    ? new RemoteRateLimitedException(SYSTEM, code, clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT))
                    : new RemoteUnavailableException(SYSTEM, code, null);
        }
        return new RemoteRejectedException(SYSTEM, code);
    }

    private RemoteException classify(String operation, RuntimeException e) {
        if (e instanceof RemoteException remote) {
            return remote;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SlackStatusException status) {
                return fromStatus(status);
            }
        }
        return new RemoteUnavailableException(SYSTEM, operation + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }

    private RemoteException fromStatus(SlackStatusException status) {
        if (status.status() == 429) {
            Instant retryAt = RetryAfter.at(status.retryAfter(), clock)
                    .orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
            return new RemoteRateLimitedException(SYSTEM, "HTTP 429", retryAt);
        }
        if (status.status() >= 500 || status.status() == 408) {
            return new RemoteUnavailableException(SYSTEM, "HTTP " + status.status(), null);
        }
        return new RemoteRejectedException(SYSTEM, "HTTP " + status.status());
    }

    private String bearer() {
        return "Bearer " + config.slack().botToken()
                .orElseThrow(() -> new RemoteRejectedException(SYSTEM, "not_authed (SLACK_BOT_TOKEN is not set)"));
    }

    private JsonNode blocks(String blocksJson) {
        try {
            return json.readTree(blocksJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored blocks are not JSON", e);
        }
    }
}
