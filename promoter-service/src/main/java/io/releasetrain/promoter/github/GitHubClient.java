package io.releasetrain.promoter.github;

import io.releasetrain.messaging.remote.RemoteCalls;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.promoter.remote.RemoteGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * GitHub's REST API, the only place that calls it: its wire is the {@link GitHubApi} REST Client, its
 * timeouts, retries, rate-limit waits and circuit breaker are a {@link RemoteGuard}, and it authenticates
 * with the configured token or as the configured GitHub App.
 *
 * <p>Every method throws {@link RemoteNotFoundException} when the repository or hook does not exist (or
 * the credentials may not see it), {@link RemoteRejectedException} when credentials are missing, invalid or
 * lack permission, {@link RemoteRateLimitedException} when GitHub rate-limits us for longer than we wait,
 * and {@link RemoteUnavailableException} when GitHub times out or keeps failing.
 */
@ApplicationScoped
public class GitHubClient {

    static final String SYSTEM = "GitHub";
    private static final int PAGE_SIZE = 100;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final Pattern CURSOR = Pattern.compile("[?&]cursor=([^&]+)");

    private final GitHubApi api;
    private final RemoteGuard guard;
    private final String apiUrl;
    private final Supplier<String> credentials;
    private final boolean authenticated;
    private final GitHubRepos repos;
    private final GitHubCommits commits;

    GitHubClient(GitHubConfig config, @RestClient GitHubApi api, RemoteCalls metrics, Clock clock) {
        this.api = api;
        this.guard = new RemoteGuard(SYSTEM, "github", config.http(), metrics, clock);
        this.apiUrl = config.apiUrl().replaceAll("/+$", "");
        GitHubConfig.App app = config.app();
        if (app.id().isPresent()) {
            InstallationTokens tokens = installationTokens(app.id().get(),
                    app.installationId().orElseThrow(() -> missing("releasetrain.github.app.installation-id")),
                    AppPrivateKey.read(app.privateKey().orElseThrow(() -> missing("releasetrain.github.app.private-key"))),
                    app.renewalMargin(), clock);
            this.credentials = tokens::token;
            this.authenticated = true;
        } else {
            Optional<String> token = config.token();
            this.credentials = () -> token.orElseThrow(() -> new RemoteRejectedException(SYSTEM,
                    "no credentials are configured (releasetrain.github.token or releasetrain.github.app.*)"));
            this.authenticated = token.isPresent();
        }
        this.repos = new GitHubRepos(api, guard, this::authorization);
        this.commits = new GitHubCommits(api, guard, this::authorization);
    }

    /** Git commit objects (GitHub's Git Data API): what rollbacks make. */
    public GitHubCommits commits() {
        return commits;
    }

    /** Branches, pull requests, merges, checks and contents of repositories: what promotions do on GitHub. */
    public GitHubRepos repos() {
        return repos;
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException(key + " is required with releasetrain.github.app.id");
    }

    /** Whether a token or a GitHub App is configured; without either, every call is rejected. */
    public boolean authenticated() {
        return authenticated;
    }

    /**
     * The attempts GitHub made to deliver the hook's events, newest first, back to {@code since} (the page
     * that crosses it is read whole), at most {@code maxPages} pages of 100.
     *
     * @param repository the repository, as {@code owner/name}
     */
    public List<HookDelivery> deliveriesSince(String repository, long hookId, Instant since, int maxPages) {
        String what = "list deliveries of hook " + hookId + " of " + repository;
        Repo repo = Repo.of(repository);
        String authorization = authorization();
        List<HookDelivery> deliveries = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < maxPages; page++) {
            String pageCursor = cursor;
            RestResponse<List<GitHubApi.Delivery>> response = guard.call("list_hook_deliveries", what,
                    () -> api.hookDeliveries(authorization, repo.owner(), repo.name(), hookId, PAGE_SIZE, pageCursor));
            List<HookDelivery> items = readDeliveries(response.getEntity(), what);
            deliveries.addAll(items);
            cursor = nextCursor(response).orElse(null);
            if (cursor == null || items.stream().anyMatch(d -> d.deliveredAt().isBefore(since))) {
                break;
            }
        }
        return deliveries;
    }

    /** Asks GitHub to deliver one attempt's event again; GitHub answers at once and delivers shortly after. */
    public void redeliver(String repository, long hookId, long deliveryId) {
        Repo repo = Repo.of(repository);
        String authorization = authorization();
        guard.call("redeliver_hook_delivery", "redeliver delivery " + deliveryId + " of hook " + hookId + " of " + repository,
                () -> {
                    api.redeliver(authorization, repo.owner(), repo.name(), hookId, deliveryId);
                    return null;
                });
    }

    /** Installation tokens of a GitHub App, minted through this client's API and guard. */
    InstallationTokens installationTokens(String appId, long installationId, PrivateKey key, Duration renewalMargin,
            Clock clock) {
        return new InstallationTokens(appId, key, renewalMargin, clock, jwt -> {
            GitHubApi.InstallationToken minted = guard.call("create_installation_token",
                    "create an installation token for installation " + installationId,
                    () -> api.createInstallationToken("Bearer " + jwt, installationId));
            try {
                return new InstallationTokens.Token(minted.token(), Instant.parse(minted.expiresAt()));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new RemoteUnavailableException(SYSTEM, "create an installation token: the answer is not readable", e);
            }
        });
    }

    private String authorization() {
        return "Bearer " + credentials.get();
    }

    /** The next page's cursor from the {@code Link} header, taken only from a link on GitHub's own API. */
    private Optional<String> nextCursor(RestResponse<?> response) {
        return Optional.ofNullable(response.getHeaderString("Link"))
                .map(NEXT_LINK::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(link -> link.startsWith(apiUrl + "/"))
                .map(CURSOR::matcher)
                .filter(Matcher::find)
                .map(m -> URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }

    private static List<HookDelivery> readDeliveries(List<GitHubApi.Delivery> page, String what) {
        if (page == null) {
            throw new RemoteUnavailableException(SYSTEM, what + ": the answer is not a JSON array", null);
        }
        try {
            List<HookDelivery> deliveries = new ArrayList<>(page.size());
            for (GitHubApi.Delivery item : page) {
                deliveries.add(new HookDelivery(item.id(), item.guid(), Instant.parse(item.deliveredAt()),
                        item.redelivery(), item.statusCode() >= 200 && item.statusCode() < 300, item.event()));
            }
            return deliveries;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RemoteUnavailableException(SYSTEM, what + ": the answer is not readable: " + e.getMessage(), e);
        }
    }

    /** A repository's owner and name, from {@code owner/name}. */
    record Repo(String owner, String name) {

        static Repo of(String repository) {
            int slash = repository.indexOf('/');
            if (slash <= 0 || slash == repository.length() - 1 || repository.indexOf('/', slash + 1) >= 0) {
                throw new IllegalArgumentException("A repository is owner/name, not '" + repository + "'");
            }
            return new Repo(repository.substring(0, slash), repository.substring(slash + 1));
        }
    }
}
