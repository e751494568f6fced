package io.releasetrain.promoter.travis;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The Travis CI API (v3) as this service uses it. Only {@link TravisClient} calls it. */
@RegisterRestClient(configKey = "travis")
@RegisterProvider(TravisAnswers.class)
@ClientHeaderParam(name = "Travis-API-Version", value = "3")
@ClientHeaderParam(name = "User-Agent", value = TravisApi.USER_AGENT)
@Produces(MediaType.APPLICATION_JSON)
interface TravisApi {

    String USER_AGENT = "release-train-promoter";

    /** The API's public configuration; {@code config.notifications.webhook.public_key} signs webhooks. */
    @GET
    @Path("/config")
    JsonNode config();
}
