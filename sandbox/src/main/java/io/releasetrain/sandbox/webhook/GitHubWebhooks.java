package io.releasetrain.sandbox.webhook;

import static io.releasetrain.sandbox.json.Json.object;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasetrain.sandbox.SandboxConfig;
import io.releasetrain.sandbox.github.GitHub;
import io.releasetrain.sandbox.github.GitHubEvents;
import io.releasetrain.sandbox.github.GitHubJson;
import io.releasetrain.sandbox.github.RefChange;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The repository's webhook: every {@link GitHubEvents} event becomes a {@code push}, {@code pull_request},
 * {@code status} or {@code check_run} delivery to the promoter, signed with the configured secret, sent one at a
 * time in the order the changes happened, and recorded in the delivery log.
 */
@ApplicationScoped
public class GitHubWebhooks {

    private final Promoter promoter;
    private final GitHubJson json;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SandboxConfig config;
    private final HookDeliveries deliveries = new HookDeliveries();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "github-webhooks"));

    GitHubWebhooks(Promoter promoter, GitHub github, ObjectMapper mapper, Clock clock, SandboxConfig config) {
        this.promoter = promoter;
        this.json = github.json();
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    public HookDeliveries deliveries() {
        return deliveries;
    }

    public long hookId() {
        return config.github().hookId();
    }

    void pushed(@Observes GitHubEvents.Pushed pushed) {
        RefChange change = pushed.change();
        String compare = json.htmlUrl() + "/compare/" + change.before().substring(0, 12) + "..." + change.after().substring(0, 12);
        send("push", null, object("ref", change.ref(), "before", change.before(), "after", change.after(),
                "repository", json.repo(), "pusher", object("name", change.pusher(), "email", null),
                "sender", json.user(change.pusher()), "created", change.created(), "deleted", change.deleted(),
                "forced", change.forced(), "base_ref", null, "compare", compare,
                "commits", pushed.commits().stream().map(json::pushCommit).toList(),
                "head_commit", pushed.headCommit() == null ? null : json.pushCommit(pushed.headCommit())));
    }

    void pullRequest(@Observes GitHubEvents.PullRequestChanged changed) {
        send("pull_request", changed.action(), object("action", changed.action(), "number", changed.number(),
                "pull_request", changed.pullRequest(), "repository", json.repo(), "sender", json.user(GitHub.BOT)));
    }

    void status(@Observes GitHubEvents.StatusCreated created) {
        Map<String, Object> status = json.status(created.status());
        send("status", null, object("id", created.status().id(), "sha", created.status().sha(), "name", json.repo().get("full_name"),
                "target_url", created.status().targetUrl(), "context", created.status().context(),
                "description", created.status().description(), "state", created.status().state(),
                "commit", object("sha", created.status().sha(), "url", json.repoUrl() + "/commits/" + created.status().sha()),
                "branches", created.branches().stream().map(b -> object("name", b, "commit", object("sha", created.status().sha(),
                        "url", json.repoUrl() + "/commits/" + created.status().sha()), "protected", false)).toList(),
                "created_at", status.get("created_at"), "updated_at", status.get("updated_at"),
                "repository", json.repo(), "sender", json.user(created.status().creator())));
    }

    void checkRun(@Observes GitHubEvents.CheckRunChanged changed) {
        send("check_run", changed.action(), object("action", changed.action(),
                "check_run", json.checkRun(changed.run(), changed.headBranch()), "repository", json.repo(),
                "sender", json.user(GitHub.BOT)));
    }

    private void send(String event, String action, Map<String, Object> payload) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload not serializable", e);
        }
        String guid = UUID.randomUUID().toString();
        sender.execute(() -> deliver(guid, event, action, body, false));
    }

    /** GitHub's {@code POST .../deliveries/{id}/attempts}: the same event and guid again, as a redelivery. */
    public Optional<Long> redeliver(long deliveryId) {
        Optional<HookDeliveries.Delivery> original = deliveries.find(deliveryId);
        original.ifPresent(d -> sender.execute(() -> deliver(d.guid(), d.event(), d.action(), d.body(), true)));
        return original.map(HookDeliveries.Delivery::id);
    }

    private void deliver(String guid, String event, String action, byte[] body, boolean redelivery) {
        Optional<String> secret = config.github().webhookSecret();
        Instant started = clock.instant();
        int status = config.promoter().webhooks()
                ? promoter.github(event, guid, hookId(), secret.map(s -> GitHubSigner.sha256(s, body)).orElse(null),
                        secret.map(s -> GitHubSigner.sha1(s, body)).orElse(null), body)
                : 0;
        double seconds = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        String text = status == 0 ? "We couldn't deliver this payload" : status < 300 ? "OK" : "Invalid HTTP Response: " + status;
        deliveries.record(new HookDeliveries.Delivery(deliveries.nextId(), guid, started, redelivery, seconds, text, status,
                event, action, body));
    }
}
