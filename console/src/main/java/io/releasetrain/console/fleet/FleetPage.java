package io.releasetrain.console.fleet;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The Fleet page: PPCs by kind, organisation, environment, version, flags and status, filterable, live. */
@Path("/fleet")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FleetPage {

    private final Template fleet;
    private final FleetClient registry;

    FleetPage(@Location("fleet.html") Template fleet, FleetClient registry) {
        this.fleet = fleet;
        this.registry = registry;
    }

    /** The filter's query parameters. */
    public static class Query {
        @QueryParam("text") String text;
        @QueryParam("kind") String kind;
        @QueryParam("orgId") String orgId;
        @QueryParam("environment") String environment;
        @QueryParam("version") String version;
        @QueryParam("status") String status;
        @QueryParam("flag") String flag;

        FleetFilter filter() {
            return new FleetFilter(text, kind, orgId, environment, version, status, flag);
        }
    }

    @GET
    public TemplateInstance page(@BeanParam Query query) {
        FleetFilter filter = query.filter();
        return fleet.data("page", "fleet").data("view", FleetView.of(registry.ppcs(), filter)).data("filter", filter);
    }

    /** The table alone, which the page fetches again when the fleet or its flags change. */
    @GET
    @Path("/table")
    public TemplateInstance table(@BeanParam Query query) {
        FleetFilter filter = query.filter();
        return fleet.getFragment("table").data("view", FleetView.of(registry.ppcs(), filter)).data("filter", filter);
    }
}
