package io.releasetrain.sandbox.travis;

import static io.releasetrain.sandbox.json.Json.object;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Travis CI API v3 for the simulated repository. Everything but {@code /config} wants
 * {@code Authorization: token ...} (any token). The slug may be URL-encoded ({@code acme%2Fpulumi-service}) or the
 * repository id.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Travis CI")
public class TravisResource {

    private final Travis travis;

    TravisResource(Travis travis) {
        this.travis = travis;
    }

    /** {@code POST /repo/{slug}/requests} body. */
    public record RequestBody(TravisRequest request) {
    }

    /** The {@code request} of a requests API call. */
    public record TravisRequest(String branch, String message, Map<String, Object> config) {
    }

    @GET
    @Path("config")
    @Operation(summary = "Travis CI's public configuration, with the webhook signing key")
    public Map<String, Object> config() {
        return object("config", object("host", "travis-ci.com", "shorten_host", "trvs.io",
                "assets", object("host", "travis-ci.com"), "pusher", object("key", "sandbox"),
                "github", object("api_url", "https://api.github.com", "scopes", List.of("read:org", "user:email", "repo_deployment")),
                "notifications", object("webhook", object("public_key", travis.publicKeyPem()))));
    }

    @POST
    @Path("repo/{slug: .+}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trigger a build of a branch (an API build); PPC jobs are read from request.config.env")
    public Response createRequest(@PathParam("slug") String slug, RequestBody body) {
        checkSlug(slug);
        TravisRequest request = body == null || body.request() == null ? new TravisRequest(null, null, null) : body.request();
        TravisBuilds.Request created = travis.request(request.branch(), request.message(), request.config());
        return Response.accepted(object("@type", "pending", "remaining_requests", 49, "repository", travis.json().repository(),
                "request", object("repository", object("id", TravisJson.REPO_ID, "owner_name", slug().substring(0, slug().indexOf('/')),
                        "name", slug().substring(slug().indexOf('/') + 1)), "user", object("id", 1), "id", created.id(),
                        "message", created.message(), "branch", created.branch(), "config", created.config()),
                "resource_type", "request")).build();
    }

    @GET
    @Path("repo/{slug: .+}/requests")
    @Operation(summary = "The repository's API requests, newest first")
    public Map<String, Object> requests(@PathParam("slug") String slug) {
        checkSlug(slug);
        return object("@type", "requests", "requests", travis.builds().requests().stream()
                .map(r -> travis.json().request(r, buildsOf(r))).toList());
    }

    @GET
    @Path("repo/{slug: .+}/request/{id}")
    @Operation(summary = "One API request with the builds it created")
    public Map<String, Object> request(@PathParam("slug") String slug, @PathParam("id") long id) {
        checkSlug(slug);
        TravisBuilds.Request request = travis.builds().findRequest(id).orElseThrow(() -> TravisException.notFound("request"));
        return travis.json().request(request, buildsOf(request));
    }

    private List<Build> buildsOf(TravisBuilds.Request request) {
        return request.builds().stream().map(id -> travis.builds().find(id).orElseThrow()).toList();
    }

    @GET
    @Path("repo/{slug: .+}/builds")
    @Operation(summary = "The repository's builds, newest first, by branch.name and event_type")
    public Map<String, Object> builds(@PathParam("slug") String slug, @QueryParam("branch.name") String branch,
            @QueryParam("event_type") String eventType, @QueryParam("limit") @DefaultValue("25") int limit) {
        checkSlug(slug);
        List<Build> list = travis.builds().list(b -> (branch == null || b.branch.equals(branch))
                && (eventType == null || List.of(eventType.split(",")).contains(b.eventType)));
        return object("@type", "builds", "builds", list.stream().limit(limit).map(travis.json()::build).toList());
    }

    @GET
    @Path("build/{id}")
    @Operation(summary = "One build")
    public Map<String, Object> build(@PathParam("id") long id) {
        return travis.json().build(travis.builds().find(id).orElseThrow(() -> TravisException.notFound("build")));
    }

    @GET
    @Path("build/{id}/jobs")
    @Operation(summary = "A build's jobs")
    public Map<String, Object> jobs(@PathParam("id") long id) {
        Build build = travis.builds().find(id).orElseThrow(() -> TravisException.notFound("build"));
        return object("@type", "jobs", "jobs", build.jobs.stream().map(job -> travis.json().job(build, job)).toList());
    }

    @POST
    @Path("build/{id}/cancel")
    @Operation(summary = "Cancel a build that has not finished")
    public Response cancel(@PathParam("id") long id) {
        travis.builds().find(id).orElseThrow(() -> TravisException.notFound("build"));
        if (!travis.cancel(id)) {
            throw new TravisException(409, "job_not_cancelable", "build is not cancelable", "build");
        }
        return Response.accepted(object("@type", "pending", "build", travis.json().minimalBuild(travis.builds().find(id).get()),
                "state_change", "cancel", "resource_type", "build")).build();
    }

    @GET
    @Path("job/{id}")
    @Operation(summary = "One job")
    public Map<String, Object> job(@PathParam("id") long id) {
        Build build = travis.builds().findByJob(id).orElseThrow(() -> TravisException.notFound("job"));
        return travis.json().job(build, build.jobs.stream().filter(j -> j.id == id).findFirst().orElseThrow());
    }

    private String slug() {
        return travis.slug();
    }

    private void checkSlug(String slug) {
        String decoded = java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8);
        if (!decoded.equalsIgnoreCase(slug()) && !decoded.equals(String.valueOf(TravisJson.REPO_ID))) {
            throw TravisException.notFound("repository");
        }
    }

    @ServerRequestFilter
    public Response requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean api = path.startsWith("/repo/") || path.startsWith("/build/") || path.startsWith("/job/");
        String authorization = request.getHeaderString("Authorization");
        if (!api || authorization != null && authorization.startsWith("token ") && authorization.length() > 6) {
            return null;
        }
        return error(new TravisException(403, "login_required", "login required", null));
    }

    @ServerExceptionMapper
    public Response error(TravisException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(object("@type", "error",
                "error_type", e.type(), "error_message", e.getMessage(), "resource_type", e.resourceType())).build();
    }
}
