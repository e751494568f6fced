package io.releasetrain.promoter.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * GitHub's REST API as this service uses it, path for path as GitHub documents it
 * (https://docs.github.com/rest). Only {@link GitHubClient} calls it. Every request carries GitHub's media
 * type, the configured API version and a User-Agent naming the project; the {@code Authorization} header is
 * given per call. Redirects are not followed ({@code quarkus.rest-client.github.follow-redirects=false}).
 */
@RegisterRestClient(configKey = "github")
@RegisterProvider(GitHubAnswers.class)
@ClientHeaderParam(name = "Accept", value = GitHubApi.MEDIA_TYPE)
@ClientHeaderParam(name = "X-GitHub-Api-Version", value = "${releasetrain.github.api-version}")
@ClientHeaderParam(name = "User-Agent", value = GitHubApi.USER_AGENT)
@Produces(GitHubApi.MEDIA_TYPE)
interface GitHubApi {

    String MEDIA_TYPE = "application/vnd.github+json";
    String USER_AGENT = "release-train-promoter (https://github.com/release-train)";

    /** List deliveries for a repository webhook: one page, newest first; the next page's cursor is in {@code Link}. */
    @GET
    @Path("/repos/{owner}/{repo}/hooks/{hookId}/deliveries")
    RestResponse<List<Delivery>> hookDeliveries(@HeaderParam("Authorization") String authorization,
            @PathParam("owner") String owner, @PathParam("repo") String repo, @PathParam("hookId") long hookId,
            @QueryParam("per_page") int perPage, @QueryParam("cursor") String cursor);

    /** Redeliver a delivery for a repository webhook (202). */
    @POST
    @Path("/repos/{owner}/{repo}/hooks/{hookId}/deliveries/{deliveryId}/attempts")
    void redeliver(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("hookId") long hookId, @PathParam("deliveryId") long deliveryId);

    /** Create an installation access token for an app (201); authenticated with the app's JWT. */
    @POST
    @Path("/app/installations/{installationId}/access_tokens")
    InstallationToken createInstallationToken(@HeaderParam("Authorization") String authorization,
            @PathParam("installationId") long installationId);

    /** Get a branch: its head commit is {@code commit.sha}. */
    @GET
    @Path("/repos/{owner}/{repo}/branches/{branch}")
    Branch branch(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("branch") String branch);

    /** Create a reference (201); 422 when it exists. */
    @POST
    @Path("/repos/{owner}/{repo}/git/refs")
    @Consumes(MediaType.APPLICATION_JSON)
    void createRef(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, NewRef ref);

    /** Delete a reference (204), e.g. {@code heads/promote-staging-...}. */
    @DELETE
    @Path("/repos/{owner}/{repo}/git/refs/heads/{branch}")
    void deleteBranch(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("branch") String branch);

    /** Create a pull request (201); 422 when one exists for the head and base, or when there is nothing to merge. */
    @POST
    @Path("/repos/{owner}/{repo}/pulls")
    @Consumes(MediaType.APPLICATION_JSON)
    PullRequest createPull(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, NewPull pull);

    /** List pull requests, filtered by {@code head} ({@code owner:branch}), {@code base} and {@code state}. */
    @GET
    @Path("/repos/{owner}/{repo}/pulls")
    List<PullRequest> pulls(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @QueryParam("head") String head, @QueryParam("base") String base,
            @QueryParam("state") String state);

    /** Get a pull request. */
    @GET
    @Path("/repos/{owner}/{repo}/pulls/{number}")
    PullRequest pull(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("number") int number);

    /** Update a pull request, here only to close it. */
    @PATCH
    @Path("/repos/{owner}/{repo}/pulls/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    PullRequest updatePull(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("number") int number, PullUpdate update);

    /** Merge a pull request (200); 405 when it is not mergeable, 409 when its head is no longer {@code sha}. */
    @PUT
    @Path("/repos/{owner}/{repo}/pulls/{number}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    MergeResult merge(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("number") int number, MergeRequest merge);

    /** Merge a branch (201 with the merge commit; 204 when there was nothing to merge; 409 on a conflict). */
    @POST
    @Path("/repos/{owner}/{repo}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<Commit> mergeBranch(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, BranchMerge merge);

    /** Get the combined status for a specific reference. */
    @GET
    @Path("/repos/{owner}/{repo}/commits/{ref}/status")
    CombinedStatus combinedStatus(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("ref") String ref, @QueryParam("per_page") int perPage);

    /** List check runs for a Git reference. */
    @GET
    @Path("/repos/{owner}/{repo}/commits/{ref}/check-runs")
    CheckRuns checkRuns(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("ref") String ref, @QueryParam("per_page") int perPage);

    /** Get repository content: a file's {@code content}, Base64, at {@code ref}. */
    @GET
    @Path("/repos/{owner}/{repo}/contents/{path}")
    Content content(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("path") String path, @QueryParam("ref") String ref);

    /** Compare two commits: {@code basehead} is {@code BASE...HEAD}. */
    @GET
    @Path("/repos/{owner}/{repo}/compare/{basehead}")
    Comparison compare(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("basehead") String basehead, @QueryParam("per_page") int perPage);

    /** Get a commit object (Git Data API): its tree is {@code tree.sha}. */
    @GET
    @Path("/repos/{owner}/{repo}/git/commits/{sha}")
    GitCommit gitCommit(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, @PathParam("sha") String sha);

    /** Create a commit (Git Data API, 201): a tree on top of parents, with no local clone. */
    @POST
    @Path("/repos/{owner}/{repo}/git/commits")
    @Consumes(MediaType.APPLICATION_JSON)
    GitCommit createCommit(@HeaderParam("Authorization") String authorization, @PathParam("owner") String owner,
            @PathParam("repo") String repo, NewCommit commit);

    /** A branch and its head commit. */
    record Branch(String name, Commit commit) {
    }

    /** A commit, by its SHA. */
    record Commit(String sha) {
    }

    /** The body of "create a reference". */
    record NewRef(String ref, String sha) {
    }

    /** The body of "create a pull request". */
    record NewPull(String title, String head, String base, String body,
            @JsonProperty("maintainer_can_modify") boolean maintainerCanModify) {
    }

    /** The body of "update a pull request". */
    record PullUpdate(String state) {
    }

    /** The body of "merge a pull request": method {@code merge}, pinned to {@code sha}. */
    record MergeRequest(@JsonProperty("merge_method") String mergeMethod, String sha,
            @JsonProperty("commit_title") String commitTitle) {
    }

    /** The answer of "merge a pull request". */
    record MergeResult(String sha, boolean merged, String message) {
    }

    /** The body of "merge a branch". */
    record BranchMerge(String base, String head, @JsonProperty("commit_message") String commitMessage) {
    }

    /** A pull request (the fields this service reads). */
    record PullRequest(int number, String state, @JsonProperty("html_url") String htmlUrl, Ref head, Ref base,
            Boolean merged, @JsonProperty("merge_commit_sha") String mergeCommitSha) {
    }

    /** A pull request's head or base. */
    record Ref(String ref, String sha) {
    }

    /** The combined status of a commit. */
    record CombinedStatus(String state, List<Status> statuses) {
    }

    /** One commit status. */
    record Status(String context, String state, @JsonProperty("target_url") String targetUrl) {
    }

    /** A page of check runs. */
    record CheckRuns(@JsonProperty("total_count") int totalCount, @JsonProperty("check_runs") List<CheckRun> checkRuns) {
    }

    /** One check run. */
    record CheckRun(String name, String status, String conclusion, @JsonProperty("html_url") String htmlUrl) {
    }

    /** A file's content. */
    record Content(String type, String encoding, String content) {
    }

    /** A comparison of two commits. */
    record Comparison(String status, @JsonProperty("total_commits") int totalCommits,
            @JsonProperty("html_url") String htmlUrl) {
    }

    /** One item of the deliveries list (the fields this service reads). */
    record Delivery(long id, String guid, @JsonProperty("delivered_at") String deliveredAt, boolean redelivery,
            @JsonProperty("status_code") int statusCode, String event) {
    }

    /** An installation access token and when it expires. */
    record InstallationToken(String token, @JsonProperty("expires_at") String expiresAt) {
    }

    /** A Git commit object (the fields this service reads). */
    record GitCommit(String sha, GitTree tree, String message) {
    }

    /** A Git tree, by its SHA. */
    record GitTree(String sha) {
    }

    /** The body of "create a commit": message, tree and parents are what GitHub requires. */
    record NewCommit(String message, String tree, List<String> parents) {
    }
}
