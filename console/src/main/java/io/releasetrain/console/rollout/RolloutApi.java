package io.releasetrain.console.rollout;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.releasetrain.console.remote.Reason;
import io.releasetrain.console.remote.ForwardUserToken;
import io.releasetrain.console.remote.ServiceErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ppc-updater-service's rollout API, as the console uses it; only {@link RolloutClient} calls it. */
@RegisterRestClient(configKey = "ppc-updater")
@RegisterClientHeaders(ForwardUserToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface RolloutApi {

    String SERVICE = "ppc-updater-service";

    @GET
    @Path("/rollouts")
    List<Rollout> rollouts();

    @GET
    @Path("/rollouts/{id}")
    Rollout rollout(@PathParam("id") String id);

    @POST
    @Path("/rollouts/{id}/{action}")
    Rollout act(@PathParam("id") String id, @PathParam("action") String action, Reason reason);

    @POST
    @Path("/rollouts/{id}/ppcs/{cloudId}/{action}")
    Rollout actOnPpc(@PathParam("id") String id, @PathParam("cloudId") String cloudId,
            @PathParam("action") String action, Reason reason);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.toException(SERVICE, response);
    }
}
