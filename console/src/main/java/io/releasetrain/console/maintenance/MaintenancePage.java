package io.releasetrain.console.maintenance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.ConsoleConfig;
import io.releasetrain.console.web.Reasons;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Maintenance page: flags per PPC with why they are on, whole-organisation changes, maintenance windows.
 * Every change asks for a reason and goes to maintenance-service with the user's own token.
 */
@Path("/maintenance")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MaintenancePage {

    private static final int WINDOWS_SHOWN = 50;

    private final Template maintenance;
    private final MaintenanceClient client;
    private final ConsoleConfig config;

    MaintenancePage(@Location("maintenance.html") Template maintenance, MaintenanceClient client, ConsoleConfig config) {
        this.maintenance = maintenance;
        this.client = client;
        this.config = config;
    }

    @GET
    public TemplateInstance page() {
        return withData(maintenance.instance(), null);
    }

    /** The PPC table alone, fetched again when flags or the fleet change. */
    @GET
    @Path("/clouds")
    public TemplateInstance clouds() {
        return maintenance.getFragment("clouds").data("clouds", client.clouds());
    }

    @POST
    @Path("/clouds/{cloudId}/flags/{flag}")
    public TemplateInstance changeCloud(@PathParam("cloudId") String cloudId, @PathParam("flag") String flag,
            @RestForm String action, @RestForm String reason, @RestForm String hours) {
        boolean set = MaintenanceForms.set(action);
        FlagChange change = new FlagChange(set, Reasons.required(reason),
                MaintenanceForms.expiry(hours, set, Instant.now()));
        FlagChangeResult result = client.changeCloud(cloudId, MaintenanceForms.flag(flag), change);
        return withData(maintenance.instance(), result.message());
    }

    @POST
    @Path("/orgs")
    public TemplateInstance changeOrg(@RestForm String orgId, @RestForm String flag, @RestForm String action,
            @RestForm String reason, @RestForm String hours) {
        boolean set = MaintenanceForms.set(action);
        FlagChange change = new FlagChange(set, Reasons.required(reason),
                MaintenanceForms.expiry(hours, set, Instant.now()));
        FlagChangeResult result = client.changeOrg(orgId, MaintenanceForms.flag(flag), change);
        return withData(maintenance.instance(), result.message());
    }

    @POST
    @Path("/windows")
    public TemplateInstance book(@RestForm String target, @RestForm String startsAt, @RestForm String endsAt,
            @RestForm String reason) {
        String cloudId = target != null && target.startsWith("cloud:") ? target.substring(6) : null;
        String orgId = target != null && target.startsWith("org:") ? target.substring(4) : null;
        MaintenanceWindow window = client.book(new WindowBooking(cloudId, orgId,
                MaintenanceForms.localTime("start", startsAt, config.trainZone()),
                MaintenanceForms.localTime("end", endsAt, config.trainZone()), Reasons.required(reason)));
        return withData(maintenance.instance(), "Maintenance window " + window.id() + " booked for " + window.target() + ".");
    }

    @POST
    @Path("/windows/{id}/cancel")
    public TemplateInstance cancel(@PathParam("id") String id, @RestForm String reason) {
        MaintenanceWindow window = client.cancel(id, Reasons.required(reason));
        return withData(maintenance.instance(), "Maintenance window " + window.id() + " cancelled.");
    }

    private TemplateInstance withData(TemplateInstance page, String notice) {
        List<CloudFlags> clouds = client.clouds();
        List<String> orgs = clouds.stream().map(CloudFlags::orgId).filter(Objects::nonNull).distinct().sorted().toList();
        return page.data("page", "maintenance").data("notice", notice).data("clouds", clouds).data("orgs", orgs)
                .data("flags", MaintenanceForms.FLAGS).data("windows", client.windows(WINDOWS_SHOWN));
    }
}
