package io.releasetrain.console.promotion;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.releasetrain.console.calendar.Freeze;
import io.releasetrain.console.calendar.FreezeRequest;
import io.releasetrain.console.calendar.Train;
import io.releasetrain.console.remote.ForwardUserToken;
import io.releasetrain.console.remote.Reason;
import io.releasetrain.console.remote.ServiceErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** promoter-service's REST API, as the console uses it; only {@link PromoterClient} calls it. */
@RegisterRestClient(configKey = "promoter")
@RegisterClientHeaders(ForwardUserToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PromoterApi {

    String SERVICE = "promoter-service";

    /** A fix to take into a promotion: a branch or commit. */
    record Fix(String ref, String reason) {
    }

    /** A rollback: to a named earlier release (promotion id or merge SHA) or, null, the previous one. */
    record RollbackRequest(String release, String reason) {
    }

    @GET
    @Path("/environments")
    List<Environment> environments();

    @GET
    @Path("/environments/{name}/history")
    List<HistoryEntry> history(@PathParam("name") String name, @QueryParam("limit") Integer limit);

    @POST
    @Path("/environments/{name}/rollback")
    Rollback rollback(@PathParam("name") String name, RollbackRequest request);

    @GET
    @Path("/promotions")
    List<Promotion> promotions(@QueryParam("target") String target, @QueryParam("limit") Integer limit);

    @GET
    @Path("/promotions/{id}")
    Promotion promotion(@PathParam("id") String id);

    @POST
    @Path("/promotions/{id}/{action}")
    Promotion decide(@PathParam("id") String id, @PathParam("action") String action, Reason reason);

    @POST
    @Path("/promotions/{id}/fixes")
    Promotion takeFix(@PathParam("id") String id, Fix fix);

    @GET
    @Path("/calendar")
    List<Train> calendar();

    @GET
    @Path("/freezes")
    List<Freeze> freezes();

    @POST
    @Path("/freezes")
    Freeze freeze(FreezeRequest request);

    @POST
    @Path("/freezes/{id}/end")
    Freeze endFreeze(@PathParam("id") String id, Reason reason);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.toException(SERVICE, response);
    }
}
