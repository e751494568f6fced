package io.releasetrain.sandbox.github;

import com.fasterxml.jackson.annotation.JsonProperty;
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

/** GitHub's repository API for the simulated repository: branches, commits, contents, compare, statuses, check runs. */
@Path("/repos/{owner}/{repo}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub")
public class RepositoryResource {

    private final GitHub github;

    RepositoryResource(GitHub github) {
        this.github = github;
    }

    /** {@code POST /statuses/{sha}} body. */
    public record NewStatus(String state, @JsonProperty("target_url") String targetUrl, String description, String context) {
    }

    /** {@code POST /check-runs} body. */
    public record NewCheckRun(String name, @JsonProperty("head_sha") String headSha, String status, String conclusion,
            @JsonProperty("details_url") String detailsUrl) {
    }

    @GET
    @Operation(summary = "The repository")
    public Map<String, Object> repository(@PathParam("owner") String owner, @PathParam("repo") String repo) {
        github.check(owner, repo);
        return github.json().repo();
    }

    @GET
    @Path("/branches")
    @Operation(summary = "List branches")
    public List<Map<String, Object>> branches(@PathParam("owner") String owner, @PathParam("repo") String repo) {
        github.check(owner, repo);
        return github.branches();
    }

    @GET
    @Path("/branches/{branch: .+}")
    @Operation(summary = "Get a branch with its head commit")
    public Map<String, Object> branch(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("branch") String branch) {
        github.check(owner, repo);
        return github.branch(branch);
    }

    @GET
    @Path("/commits/{ref}")
    @Operation(summary = "Get a commit by SHA or branch")
    public Map<String, Object> commit(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("ref") String ref) {
        github.check(owner, repo);
        return github.commit(ref);
    }

    @GET
    @Path("/commits/{ref}/status")
    @Operation(summary = "The combined status of a commit: the latest status per context")
    public Map<String, Object> combinedStatus(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("ref") String ref) {
        github.check(owner, repo);
        return github.combinedStatus(ref);
    }

    @GET
    @Path("/commits/{ref}/statuses")
    @Operation(summary = "Every status of a commit, newest first")
    public List<Map<String, Object>> statuses(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("ref") String ref) {
        github.check(owner, repo);
        return github.statuses(ref);
    }

    @GET
    @Path("/commits/{ref}/check-runs")
    @Operation(summary = "The check runs of a commit")
    public Map<String, Object> checkRuns(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("ref") String ref) {
        github.check(owner, repo);
        return github.checkRuns(ref);
    }

    @POST
    @Path("/statuses/{sha}")
    @Operation(summary = "Create a commit status (state error, failure, pending or success)")
    public Response createStatus(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("sha") String sha,
            NewStatus body) {
        github.check(owner, repo);
        if (body == null) {
            throw GitHubException.validation("Status", "state is required");
        }
        return Response.status(201).entity(github.createStatus(sha, body.state(), body.context(), body.description(),
                body.targetUrl(), GitHub.BOT)).build();
    }

    @POST
    @Path("/check-runs")
    @Operation(summary = "Create a check run")
    public Response createCheckRun(@PathParam("owner") String owner, @PathParam("repo") String repo, NewCheckRun body) {
        github.check(owner, repo);
        if (body == null || body.name() == null || body.headSha() == null) {
            throw GitHubException.validation("CheckRun", "name and head_sha are required");
        }
        String status = body.conclusion() != null ? "completed" : body.status() == null ? "queued" : body.status();
        return Response.status(201).entity(github.putCheckRun(body.headSha(), body.name(), status, body.conclusion(),
                body.detailsUrl(), "release-train", "Release Train")).build();
    }

    @GET
    @Path("/contents/{path: .+}")
    @Operation(summary = "A file's content, base64, at a ref (default master)")
    public Map<String, Object> contents(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("path") String path, @QueryParam("ref") String ref) {
        github.check(owner, repo);
        return github.contents(path, ref);
    }

    @GET
    @Path("/compare/{basehead: .+}")
    @Operation(summary = "Compare two commits: BASE...HEAD")
    public Map<String, Object> compare(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("basehead") String basehead) {
        github.check(owner, repo);
        int dots = basehead.indexOf("...");
        if (dots < 0) {
            throw GitHubException.notFound();
        }
        return github.compare(basehead.substring(0, dots), basehead.substring(dots + 3));
    }
}
