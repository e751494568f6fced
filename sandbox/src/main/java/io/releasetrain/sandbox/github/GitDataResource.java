package io.releasetrain.sandbox.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub's Git database API for the simulated repository: refs, commits, trees. */
@Path("/repos/{owner}/{repo}/git")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub")
public class GitDataResource {

    private final GitHub github;

    GitDataResource(GitHub github) {
        this.github = github;
    }

    /** {@code POST /git/refs} body. */
    public record NewRef(String ref, String sha) {
    }

    /** {@code PATCH /git/refs/{ref}} body. */
    public record RefUpdate(String sha, Boolean force) {
    }

    /** {@code POST /git/commits} body. */
    public record NewCommit(String message, String tree, List<String> parents) {
    }

    /** {@code POST /git/trees} body. */
    public record NewTree(@JsonProperty("base_tree") String baseTree, List<Map<String, Object>> tree) {
    }

    @GET
    @Path("/ref/{ref: .+}")
    @Operation(summary = "Get a reference (GET /repos/{owner}/{repo}/git/ref/{ref})")
    public Map<String, Object> ref(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("ref") String ref) {
        check(owner, repo);
        return github.ref("refs/" + ref);
    }

    @GET
    @Path("/refs")
    @Operation(summary = "List all references")
    public List<Map<String, Object>> refs(@PathParam("owner") String owner, @PathParam("repo") String repo) {
        check(owner, repo);
        return github.refs("refs/");
    }

    @GET
    @Path("/refs/{ref: .+}")
    @Operation(summary = "One reference when the name is exact, else the references it prefixes (legacy behaviour)")
    public Object refsUnder(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("ref") String ref) {
        check(owner, repo);
        List<Map<String, Object>> matching = github.refs("refs/" + ref);
        if (matching.size() == 1 && ("refs/" + ref).equals(matching.get(0).get("ref"))) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw GitHubException.notFound();
        }
        return matching.stream().filter(r -> ((String) r.get("ref")).startsWith("refs/" + ref + "/")).toList();
    }

    @GET
    @Path("/matching-refs/{ref: .+}")
    @Operation(summary = "References whose name starts with the given one")
    public List<Map<String, Object>> matchingRefs(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("ref") String ref) {
        check(owner, repo);
        return github.refs("refs/" + ref);
    }

    @POST
    @Path("/refs")
    @Operation(summary = "Create a reference")
    public Response createRef(@PathParam("owner") String owner, @PathParam("repo") String repo, NewRef body) {
        check(owner, repo);
        if (body == null) {
            throw GitHubException.validation("Reference", "ref and sha are required");
        }
        return Response.status(201).entity(github.createRef(body.ref(), body.sha(), GitHub.BOT)).build();
    }

    @PATCH
    @Path("/refs/{ref: .+}")
    @Operation(summary = "Update a reference (fast-forward unless force)")
    public Map<String, Object> updateRef(@PathParam("owner") String owner, @PathParam("repo") String repo,
            @PathParam("ref") String ref, RefUpdate body) {
        check(owner, repo);
        if (body == null || body.sha() == null) {
            throw GitHubException.validation("Reference", "sha is required");
        }
        return github.updateRef(fullRef(ref), body.sha(), Boolean.TRUE.equals(body.force()), GitHub.BOT);
    }

    @DELETE
    @Path("/refs/{ref: .+}")
    @Operation(summary = "Delete a reference")
    public Response deleteRef(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("ref") String ref) {
        check(owner, repo);
        github.deleteRef(fullRef(ref), GitHub.BOT);
        return Response.noContent().build();
    }

    @GET
    @Path("/commits/{sha}")
    @Operation(summary = "Get a commit object")
    public Map<String, Object> commit(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("sha") String sha) {
        check(owner, repo);
        return github.gitCommit(sha);
    }

    @POST
    @Path("/commits")
    @Operation(summary = "Create a commit object (no ref moves)")
    public Response createCommit(@PathParam("owner") String owner, @PathParam("repo") String repo, NewCommit body) {
        check(owner, repo);
        if (body == null) {
            throw GitHubException.validation("Commit", "message and tree are required");
        }
        return Response.status(201).entity(github.createGitCommit(body.message(), body.tree(), body.parents(), GitHub.BOT)).build();
    }

    @GET
    @Path("/trees/{sha}")
    @Operation(summary = "Get a tree (always whole: the sandbox's trees are flat)")
    public Map<String, Object> tree(@PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("sha") String sha) {
        check(owner, repo);
        return github.tree(sha);
    }

    @POST
    @Path("/trees")
    @Operation(summary = "Create a tree from base_tree and entries with inline content")
    public Response createTree(@PathParam("owner") String owner, @PathParam("repo") String repo, NewTree body) {
        check(owner, repo);
        if (body == null || body.tree() == null) {
            throw GitHubException.validation("Tree", "tree is required");
        }
        return Response.status(201).entity(github.createTree(body.baseTree(), body.tree())).build();
    }

    private static String fullRef(String ref) {
        return ref.startsWith("refs/") ? ref : "refs/" + ref;
    }

    private void check(String owner, String repo) {
        github.check(owner, repo);
    }
}
