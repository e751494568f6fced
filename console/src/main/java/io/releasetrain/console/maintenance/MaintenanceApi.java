package io.releasetrain.console.maintenance;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.releasetrain.console.remote.ForwardUserToken;
import io.releasetrain.console.remote.Reason;
import io.releasetrain.console.remote.ServiceErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** maintenance-service's REST API, as the console uses it; only {@link MaintenanceClient} calls it. */
@RegisterRestClient(configKey = "maintenance")
@RegisterClientHeaders(ForwardUserToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface MaintenanceApi {

    String SERVICE = "maintenance-service";

    @GET
    @Path("/clouds")
    List<CloudFlags> clouds();

    @PUT
    @Path("/clouds/{cloudId}/flags/{flag}")
    FlagChangeResult changeCloud(@PathParam("cloudId") String cloudId, @PathParam("flag") String flag, FlagChange change);

    @PUT
    @Path("/orgs/{orgId}/flags/{flag}")
    FlagChangeResult changeOrg(@PathParam("orgId") String orgId, @PathParam("flag") String flag, FlagChange change);

    @GET
    @Path("/flag-changes")
    List<AuditEntry> flagChanges(@QueryParam("cloudId") String cloudId, @QueryParam("orgId") String orgId,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/maintenance-windows")
    List<MaintenanceWindow> windows(@QueryParam("limit") Integer limit);

    @POST
    @Path("/maintenance-windows")
    MaintenanceWindow book(WindowBooking booking);

    @POST
    @Path("/maintenance-windows/{id}/cancel")
    MaintenanceWindow cancel(@PathParam("id") String id, Reason reason);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.toException(SERVICE, response);
    }
}
