package io.releasetrain.promoter.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    /** One item of the deliveries list (the fields this service reads). */
    record Delivery(long id, String guid, @JsonProperty("delivered_at") String deliveredAt, boolean redelivery,
            @JsonProperty("status_code") int statusCode, String event) {
    }

    /** An installation access token and when it expires. */
    record InstallationToken(String token, @JsonProperty("expires_at") String expiresAt) {
    }
}
