package io.releasetrain.ppcupdater.executor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Travis CI API v3 calls the train makes. Path parameters are encoded by the client, so a slug
 * {@code owner/name} goes out as {@code owner%2Fname}, as Travis wants. Only {@link TravisClient} uses it.
 */
@RegisterRestClient(configKey = "travis")
@RegisterProvider(TravisErrors.class)
@ClientHeaderParam(name = "Travis-API-Version", value = "3")
@ClientHeaderParam(name = "User-Agent", value = "release-train-ppc-updater")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface TravisApi {

    @POST
    @Path("/repo/{slug}/requests")
    JsonNode createRequest(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization,
            JsonNode body);

    @GET
    @Path("/repo/{slug}/requests")
    JsonNode requests(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit);

    @GET
    @Path("/repo/{slug}/request/{id}")
    JsonNode request(@PathParam("slug") String slug, @PathParam("id") String id,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/build/{id}")
    JsonNode build(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
