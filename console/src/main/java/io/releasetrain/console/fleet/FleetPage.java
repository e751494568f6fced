package io.releasetrain.console.fleet;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.maintenance.MaintenanceClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The Fleet page: PPCs by kind, organisation, environment, flags and status, filterable, live. */
@Path("/fleet")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FleetPage {

    private static final java.util.List<String> STATUSES = java.util.List.of("active", "maintenance", "opted-out", "pending", "retired");

    private final Template fleet;
    private final FleetClient registry;
    private final MaintenanceClient maintenance;

    FleetPage(@Location("fleet.html") Template fleet, FleetClient registry, MaintenanceClient maintenance) {
        this.fleet = fleet;
        this.registry = registry;
        this.maintenance = maintenance;
    }

    @GET
    public TemplateInstance page(@QueryParam("text") String text, @QueryParam("kind") String kind,
            @QueryParam("orgId") String orgId, @QueryParam("environment") String environment,
            @QueryParam("status") String status) {
        FleetFilter filter = new FleetFilter(text, kind, orgId, environment, status);
        return fleet.data("page", "fleet").data("view", view(filter)).data("filter", filter)
                .data("filterStatuses", STATUSES);
    }

    /** The table alone, which the page fetches again when the fleet or its flags change. */
    @GET
    @Path("/table")
    public TemplateInstance table(@QueryParam("text") String text, @QueryParam("kind") String kind,
            @QueryParam("orgId") String orgId, @QueryParam("environment") String environment,
            @QueryParam("status") String status) {
        FleetFilter filter = new FleetFilter(text, kind, orgId, environment, status);
        return fleet.getFragment("table").data("view", view(filter)).data("filter", filter);
    }

    private FleetView view(FleetFilter filter) {
        return FleetView.of(registry.ppcs(), maintenance.clouds(), filter);
    }
}
