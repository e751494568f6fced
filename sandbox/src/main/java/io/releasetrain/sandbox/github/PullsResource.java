package io.releasetrain.sandbox.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** GitHub's pulls API for the simulated repository, and {@code POST /merges}. */
@Path("/repos/{owner}/{repo}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub")
public class PullsResource {

    private final GitHub github;

    PullsResource(GitHub github) {
        this.github = github;
    }

    /** {@code POST /pulls} body. */
    public record NewPull(String title, String head, String base, String body) {
    }

    /** {@code PATCH /pulls/{n}} body. */
    public record PullUpdate(String title, String body, String state, String base) {
    }

    /** {@code PUT /pulls/{n}/merge} body. */
    public record MergeRequest(@JsonProperty("commit_title") String commitTitle,
            @JsonProperty("commit_message") String commitMessage, String sha,
            @JsonProperty("merge_method") String mergeMethod) {
    }

    /** {@code POST /merges} body. */
    public record BranchMerge(String base, String head, @JsonProperty("commit_message") String commitMessage) {
    }

    @POST
    @Path("/pulls")
    @Operation(summary = "Open a pull request (422 when one exists for head and base, or there are no commits between)")
    public Response open(@PathParam("owner") String owner, @PathParam("repo") String repo, NewPull body) {
        github.check(owner, repo);
        if (body == null || body.head() == null || body.base() == null) {
            throw GitHubException.validation("PullRequest", "head and base are required");
        }
        String head = body.head().substring(body.head().indexOf(':') + 1);
        Map<String, Object> pull = github.openPull(body.title() == null ? head : body.title(), head, body.base(), body.body(),
                GitHub.BOT);
        return Response.status(201).header("Location", pull.get("url")).entity(pull).build();
    }

    @GET
    @Path("/pulls")
    @Operation(summary = "List pull requests by state (open, closed, all), head (owner:branch) and base")
    public List<Map<String, Object>> list(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @QueryParam("state") String state, @QueryParam("head") String head, @QueryParam("base") String base) {
        github.check(owner, repo);
        return github.pulls(state, head, base);
    }

    @GET
    @Path("/pulls/{number}")
    @Operation(summary = "Get a pull request")
    public Map<String, Object> get(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("number") int number) {
        github.check(owner, repo);
        return github.pull(number);
    }

    @PATCH
    @Path("/pulls/{number}")
    @Operation(summary = "Update a pull request: title, body, base, state (closing it is how a promotion is abandoned)")
    public Map<String, Object> update(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("number") int number, PullUpdate body) {
        github.check(owner, repo);
        PullUpdate update = body == null ? new PullUpdate(null, null, null, null) : body;
        return github.updatePull(number, update.title(), update.body(), update.base(), update.state());
    }

    @PUT
    @Path("/pulls/{number}/merge")
    @Operation(summary = "Merge a pull request with a merge commit (405 not mergeable or other method, 409 head changed)")
    public Map<String, Object> merge(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("number") int number, MergeRequest body) {
        github.check(owner, repo);
        MergeRequest merge = body == null ? new MergeRequest(null, null, null, null) : body;
        return github.mergePull(number, merge.sha(), merge.mergeMethod(), merge.commitTitle(), merge.commitMessage(), GitHub.BOT);
    }

    @GET
    @Path("/pulls/{number}/merge")
    @Operation(summary = "204 when merged, 404 otherwise")
    public Response merged(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("number") int number) {
        github.check(owner, repo);
        return Boolean.TRUE.equals(github.pull(number).get("merged")) ? Response.noContent().build()
                : Response.status(404).build();
    }

    @POST
    @Path("/merges")
    @Operation(summary = "Merge a branch or commit into a branch (201 merge commit, 204 nothing to merge, 409 conflict)")
    public Response mergeBranch(@PathParam("owner") String owner, @PathParam("repo") String repo, BranchMerge body) {
        github.check(owner, repo);
        if (body == null || body.base() == null || body.head() == null) {
            throw GitHubException.validation("Merge", "base and head are required");
        }
        Map<String, Object> commit = github.mergeBranch(body.base(), body.head(), body.commitMessage(), GitHub.BOT);
        return commit == null ? Response.noContent().build() : Response.status(201).entity(commit).build();
    }
}
