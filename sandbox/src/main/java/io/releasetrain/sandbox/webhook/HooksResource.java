package io.releasetrain.sandbox.webhook;

import static io.releasetrain.sandbox.json.Json.object;
import static io.releasetrain.sandbox.json.Json.time;

import io.releasetrain.sandbox.github.GitHub;
import io.releasetrain.sandbox.github.GitHubException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub's hook deliveries API: the log of webhook deliveries, and redelivery. */
@Path("/repos/{owner}/{repo}/hooks/{hookId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub")
public class HooksResource {

    private final GitHub github;
    private final GitHubWebhooks webhooks;

    HooksResource(GitHub github, GitHubWebhooks webhooks) {
        this.github = github;
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "Deliveries of the webhook, newest first; paginated by cursor with a Link header")
    public Response list(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("hookId") long hookId,
            @QueryParam("per_page") @DefaultValue("30") int perPage, @QueryParam("cursor") Long cursor) {
        check(owner, repo, hookId);
        List<HookDeliveries.Delivery> page = webhooks.deliveries().page(cursor, Math.max(1, Math.min(100, perPage)));
        Response.ResponseBuilder answer = Response.ok(page.stream().map(this::summary).toList());
        if (!page.isEmpty() && webhooks.deliveries().olderThan(page.get(page.size() - 1).id())) {
            String next = github.json().repoUrl() + "/hooks/" + hookId + "/deliveries?per_page=" + perPage + "&cursor="
                    + page.get(page.size() - 1).id();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(summary = "One delivery with its request")
    public Map<String, Object> get(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("hookId") long hookId, @PathParam("deliveryId") long deliveryId) {
        check(owner, repo, hookId);
        HookDeliveries.Delivery delivery = webhooks.deliveries().find(deliveryId).orElseThrow(GitHubException::notFound);
        Map<String, Object> summary = summary(delivery);
        summary.put("request", object("headers", object("X-GitHub-Event", delivery.event(), "X-GitHub-Delivery", delivery.guid()),
                "payload", new String(delivery.body(), java.nio.charset.StandardCharsets.UTF_8)));
        return summary;
    }

    @POST
    @Path("/{deliveryId}/attempts")
    @Operation(summary = "Redeliver a delivery (202)")
    public Response redeliver(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("hookId") long hookId, @PathParam("deliveryId") long deliveryId) {
        check(owner, repo, hookId);
        webhooks.redeliver(deliveryId).orElseThrow(GitHubException::notFound);
        return Response.accepted(Map.of()).build();
    }

    private Map<String, Object> summary(HookDeliveries.Delivery d) {
        return object("id", d.id(), "guid", d.guid(), "delivered_at", time(d.deliveredAt()), "redelivery", d.redelivery(),
                "duration", d.duration(), "status", d.status(), "status_code", d.statusCode(), "event", d.event(),
                "action", d.action(), "installation_id", null, "repository_id", 4242, "throttled_at", null);
    }

    private void check(String owner, String repo, long hookId) {
        github.check(owner, repo);
        if (hookId != webhooks.hookId()) {
            throw GitHubException.notFound();
        }
    }
}
