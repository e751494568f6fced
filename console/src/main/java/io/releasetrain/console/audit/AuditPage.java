package io.releasetrain.console.audit;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.maintenance.AuditEntry;
import io.releasetrain.console.maintenance.CloudFlags;
import io.releasetrain.console.maintenance.MaintenanceClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/** The Audit page: who changed what, when and why, newest first, for one PPC, one organisation or all of them. */
@Path("/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    private final Template audit;
    private final MaintenanceClient maintenance;

    AuditPage(@Location("audit.html") Template audit, MaintenanceClient maintenance) {
        this.audit = audit;
        this.maintenance = maintenance;
    }

    @GET
    public TemplateInstance page(@QueryParam("cloudId") String cloudId, @QueryParam("orgId") String orgId) {
        List<CloudFlags> clouds = maintenance.clouds();
        AuditScope scope = new AuditScope(cloudId, orgId);
        return audit.data("page", "audit").data("scope", scope).data("clouds", clouds)
                .data("orgs", orgsOf(clouds)).data("entries", entries(scope, clouds));
    }

    /** The entries alone, fetched again when a flag changes. */
    @GET
    @Path("/entries")
    public TemplateInstance entries(@QueryParam("cloudId") String cloudId, @QueryParam("orgId") String orgId) {
        AuditScope scope = new AuditScope(cloudId, orgId);
        return audit.getFragment("entries").data("entries", entries(scope, maintenance.clouds()));
    }

    private List<AuditEntry> entries(AuditScope scope, List<CloudFlags> clouds) {
        if (scope.cloudId() != null) {
            return maintenance.flagChanges(scope.cloudId(), null, AuditScope.SHOWN);
        }
        List<String> orgs = scope.orgId() != null ? List.of(scope.orgId()) : orgsOf(clouds);
        return AuditScope.newestFirst(orgs.stream()
                .map(org -> maintenance.flagChanges(null, org, AuditScope.SHOWN))
                .toList());
    }

    private static List<String> orgsOf(List<CloudFlags> clouds) {
        return clouds.stream().map(CloudFlags::orgId).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
