package io.releasetrain.sandbox.webhook;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The promoter's endpoints the outside world calls: its webhooks and the calendar triggers. */
@RegisterRestClient(configKey = "promoter")
interface PromoterApi {

    @POST
    @Path("/webhooks/github")
    @Consumes(MediaType.APPLICATION_JSON)
    Response github(@HeaderParam("X-GitHub-Event") String event, @HeaderParam("X-GitHub-Delivery") String delivery,
            @HeaderParam("X-GitHub-Hook-ID") String hookId, @HeaderParam("X-Hub-Signature-256") String signature256,
            @HeaderParam("X-Hub-Signature") String signature, @HeaderParam("User-Agent") String userAgent, byte[] body);

    @POST
    @Path("/webhooks/travis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response travis(@HeaderParam("Signature") String signature, @HeaderParam("Travis-Repo-Slug") String slug,
            @HeaderParam("User-Agent") String userAgent, byte[] form);

    @POST
    @Path("{path}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response trigger(@PathParam("path") @Encoded String path, @HeaderParam("Authorization") String authorization, byte[] body);
}
