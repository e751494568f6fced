package io.releasetrain.sandbox.control;

import static io.releasetrain.sandbox.json.Json.object;

import io.releasetrain.sandbox.SandboxConfig;
import io.releasetrain.sandbox.fleet.PpcFleet;
import io.releasetrain.sandbox.github.GitHub;
import io.releasetrain.sandbox.github.SeedFiles;
import io.releasetrain.sandbox.slack.Slack;
import io.releasetrain.sandbox.travis.Travis;
import io.releasetrain.sandbox.webhook.GitHubWebhooks;
import io.releasetrain.sandbox.webhook.Promoter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sandbox's controls: what a person or the demo does to the simulated world. No authentication: local use only. */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox controls")
public class ControlResource {

    private final GitHub github;
    private final Travis travis;
    private final PpcFleet fleet;
    private final Slack slack;
    private final GitHubWebhooks webhooks;
    private final Promoter promoter;
    private final SandboxConfig config;

    ControlResource(GitHub github, Travis travis, PpcFleet fleet, Slack slack, GitHubWebhooks webhooks, Promoter promoter,
            SandboxConfig config) {
        this.github = github;
        this.travis = travis;
        this.fleet = fleet;
        this.slack = slack;
        this.webhooks = webhooks;
        this.promoter = promoter;
        this.config = config;
    }

    /**
     * A developer's push. All fields optional: {@code branch} (master), {@code message}, {@code author},
     * {@code ppcVersion} (rewrites Gopkg.lock's pulumi-ppc pin), {@code sdkVersion} (rewrites .travis.yml), {@code files}.
     */
    public record PushRequest(String branch, String message, String author, String ppcVersion, String sdkVersion,
            Map<String, String> files) {
    }

    /** Which branch's next build fails. */
    public record BranchRequest(String branch) {
    }

    @POST
    @Path("/github/push")
    @Operation(summary = "Push a new commit to a branch (default master): push webhook, Travis push build")
    public Response push(PushRequest request) {
        PushRequest push = request == null ? new PushRequest(null, null, null, null, null, null) : request;
        Map<String, String> files = new LinkedHashMap<>(push.files() == null ? Map.of() : push.files());
        if (push.ppcVersion() != null) {
            files.put(SeedFiles.GOPKG_LOCK, SeedFiles.gopkgLock(push.ppcVersion()));
        }
        if (push.sdkVersion() != null) {
            files.put(SeedFiles.TRAVIS_YML, SeedFiles.travisYml(push.sdkVersion()));
        }
        String message = push.message() != null ? push.message() : "Change " + System.currentTimeMillis();
        Map<String, Object> commit = github.pushCommit(push.branch() == null ? "master" : push.branch(), message, files,
                push.author() == null ? "developer" : push.author());
        return Response.status(201).entity(commit).build();
    }

    @POST
    @Path("/travis/fail-next-build")
    @Operation(summary = "The next push or pull-request build of a branch (or of a pull request from it) fails")
    public Map<String, Object> failNextBuild(BranchRequest request) {
        if (request == null || request.branch() == null) {
            throw new jakarta.ws.rs.BadRequestException("branch is required");
        }
        travis.builds().failNextBuild(request.branch());
        return object("failNextBuild", travis.builds().failingNext());
    }

    @POST
    @Path("/ppcs/{name}/unhealthy")
    @Operation(summary = "The PPC's health endpoint answers 503 until made healthy")
    public Map<String, Object> unhealthy(@PathParam("name") String name) {
        fleet.setHealthy(name, false);
        return fleet.view(name);
    }

    @POST
    @Path("/ppcs/{name}/healthy")
    @Operation(summary = "The PPC's health endpoint answers 200 again")
    public Map<String, Object> healthy(@PathParam("name") String name) {
        fleet.setHealthy(name, true);
        return fleet.view(name);
    }

    @POST
    @Path("/ppcs/{name}/fail-next-update")
    @Operation(summary = "The PPC's next update job fails and leaves its version alone")
    public Map<String, Object> failNextUpdate(@PathParam("name") String name) {
        fleet.failNextUpdate(name);
        return fleet.view(name);
    }

    @GET
    @Path("/ppcs")
    @Operation(summary = "Every PPC the sandbox has seen: version, SDK version, health")
    public List<Map<String, Object>> ppcs() {
        return fleet.all();
    }

    @POST
    @Path("/calendar/nightly")
    @Operation(summary = "Fire the nightly master→staging promotion now (calls the promoter)")
    public Response nightly() {
        return trigger(config.promoter().nightlyTriggerPath(), "nightly", config.promoter().nightlyTarget());
    }

    @POST
    @Path("/calendar/tuesday")
    @Operation(summary = "Fire the Tuesday staging→production promotion now (calls the promoter)")
    public Response tuesday() {
        return trigger(config.promoter().tuesdayTriggerPath(), "tuesday", config.promoter().tuesdayTarget());
    }

    private Response trigger(String path, String which, String target) {
        try {
            Promoter.TriggerAnswer answer = promoter.trigger(path, "{\"to\":\"" + target + "\",\"reason\":\"The " + which
                    + " trigger, fired from the sandbox's calendar control\"}");
            return Response.status(answer.status() < 300 ? 200 : 502)
                    .entity(object("trigger", which, "path", path, "promoterStatus", answer.status(), "promoterAnswer", answer.body()))
                    .build();
        } catch (ProcessingException e) {
            return Response.status(502).entity(object("trigger", which, "path", path, "error", "promoter unreachable: " + e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("/slack/transcript")
    @Operation(summary = "The Slack transcript: channels, messages, threads")
    public List<Map<String, Object>> transcript() {
        return slack.transcript();
    }

    @GET
    @Path("/slack/transcript.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The Slack transcript as text")
    public String transcriptText() {
        return slack.transcriptText();
    }

    @GET
    @Path("/state")
    @Operation(summary = "Everything at a glance: branches, pull requests, builds, webhook deliveries, PPCs")
    public Map<String, Object> state() {
        return object("github", github.summary(),
                "builds", travis.builds().list(b -> true).stream().limit(50).map(b -> object("id", b.id(), "type", b.eventType(),
                        "branch", b.branch(), "sha", b.sha(), "state", b.state(),
                        "jobs", b.jobs().stream().map(j -> j.name() + ": " + j.state()).toList())).toList(),
                "deliveries", webhooks.deliveries().summary().stream().limit(50).toList(),
                "ppcs", fleet.all());
    }
}
