package io.releasetrain.console.fleet;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.releasetrain.console.remote.ForwardUserToken;
import io.releasetrain.console.remote.ServiceErrors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ppc-updater-service's REST API, as the console uses it; only {@link FleetClient} calls it. */
@RegisterRestClient(configKey = "ppc-updater")
@RegisterClientHeaders(ForwardUserToken.class)
@Produces(MediaType.APPLICATION_JSON)
interface FleetApi {

    String SERVICE = "ppc-updater-service";

    @GET
    @Path("/ppcs")
    List<Ppc> ppcs();

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.toException(SERVICE, response);
    }
}
