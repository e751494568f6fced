package io.releasetrain.promoter.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.events.EventJson;
import io.releasetrain.promoter.remote.RemoteHttp;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API, the only place that calls it. Timeouts, retries and rate limits are handled by
 * {@link RemoteHttp}; this class knows GitHub's paths, headers, pagination and payloads.
 *
 * <p>Every method throws {@link RemoteNotFoundException} when the repository or hook does not exist (or
 * the token may not see it), {@link RemoteRejectedException} when the token is missing, invalid or lacks
 * permission, {@link RemoteRateLimitedException} when GitHub rate-limits us for longer than we wait, and
 * {@link RemoteUnavailableException} when GitHub times out or keeps failing.
 */
@ApplicationScoped
public class GitHubClient {

    static final String SYSTEM = "GitHub";
    private static final int PAGE_SIZE = 100;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final GitHubConfig config;
    private final RemoteHttp http;
    private final String apiUrl;

    GitHubClient(GitHubConfig config, Clock clock) {
        this.config = config;
        this.http = new RemoteHttp(SYSTEM, config.http(), clock);
        this.apiUrl = config.apiUrl().replaceAll("/+$", "");
    }

    /**
     * The attempts GitHub made to deliver the hook's events, newest first, back to {@code since} (the page
     * that crosses it is read whole), at most {@code maxPages} pages of 100.
     *
     * @param repository the repository, as {@code owner/name}
     */
    public List<HookDelivery> deliveriesSince(String repository, long hookId, Instant since, int maxPages) {
        String what = "list deliveries of hook " + hookId + " of " + repository;
        URI next = URI.create(apiUrl + "/repos/" + repository + "/hooks/" + hookId + "/deliveries?per_page=" + PAGE_SIZE);
        List<HookDelivery> deliveries = new ArrayList<>();
        for (int page = 0; page < maxPages && next != null; page++) {
            HttpResponse<byte[]> response = http.send(request(next).GET(), what);
            List<HookDelivery> items = readDeliveries(response.body(), what);
            deliveries.addAll(items);
            boolean reachedSince = items.stream().anyMatch(d -> d.deliveredAt().isBefore(since));
            next = reachedSince ? null : nextPage(response).orElse(null);
        }
        return deliveries;
    }

    /** Asks GitHub to deliver one attempt's event again; GitHub answers at once and delivers shortly after. */
    public void redeliver(String repository, long hookId, long deliveryId) {
        URI uri = URI.create(apiUrl + "/repos/" + repository + "/hooks/" + hookId + "/deliveries/" + deliveryId + "/attempts");
        http.send(request(uri).POST(HttpRequest.BodyPublishers.noBody()),
                "redeliver delivery " + deliveryId + " of hook " + hookId + " of " + repository);
    }

    private HttpRequest.Builder request(URI uri) {
        String token = config.token().orElseThrow(() -> new RemoteRejectedException(SYSTEM,
                "no token is configured (releasetrain.github.token)"));
        return HttpRequest.newBuilder(uri)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "release-train-promoter")
                .header("Authorization", "Bearer " + token);
    }

    /** The next page from the {@code Link} header, followed only on GitHub's own API so the token stays there. */
    private Optional<URI> nextPage(HttpResponse<?> response) {
        return response.headers().firstValue("Link")
                .map(NEXT_LINK::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(link -> link.startsWith(apiUrl + "/"))
                .map(URI::create);
    }

    private static List<HookDelivery> readDeliveries(byte[] body, String what) {
        try {
            JsonNode array = EventJson.mapper().readTree(body);
            if (array == null || !array.isArray()) {
                throw new RemoteUnavailableException(SYSTEM, what + ": the answer is not a JSON array", null);
            }
            List<HookDelivery> deliveries = new ArrayList<>(array.size());
            for (JsonNode item : array) {
                int statusCode = item.path("status_code").asInt(0);
                deliveries.add(new HookDelivery(
                        item.path("id").asLong(),
                        item.path("guid").asText(),
                        Instant.parse(item.path("delivered_at").asText()),
                        item.path("redelivery").asBoolean(false),
                        statusCode >= 200 && statusCode < 300,
                        item.path("event").asText()));
            }
            return deliveries;
        } catch (IOException | DateTimeParseException e) {
            throw new RemoteUnavailableException(SYSTEM, what + ": the answer is not readable: " + e.getMessage(), e);
        }
    }
}
