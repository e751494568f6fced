package io.releasetrain.maintenance.audit;

import io.quarkus.security.Authenticated;
import io.releasetrain.maintenance.MaintenanceConfig;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.maintenance.web.Limits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of flag changes, per PPC or per organisation, newest first. */
@Path("/flag-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every change of a flag bit: who, when, before and after, why")
public class AuditResource {

    private final AuditTrail trail;
    private final MaintenanceConfig config;

    AuditResource(AuditTrail trail, MaintenanceConfig config) {
        this.trail = trail;
        this.config = config;
    }

    @GET
    @Authenticated
    @Operation(summary = "Flag changes of one PPC or of every PPC of an organisation, newest first")
    @APIResponse(responseCode = "200", description = "The entries; empty when there are none")
    @APIResponse(responseCode = "400", description = "Neither or both of cloudId and orgId, or a bad limit or before")
    public List<AuditEntry> list(
            @Parameter(description = "The PPC's cloud id; give this or orgId") @QueryParam("cloudId") String cloudId,
            @Parameter(description = "The organisation's id; give this or cloudId") @QueryParam("orgId") String orgId,
            @Parameter(description = "Most entries to return, 1 to the configured maximum (500 by default)")
            @QueryParam("limit") String limit,
            @Parameter(description = "Only entries older than this entry id: the last id of the previous page")
            @QueryParam("before") String before) {
        boolean byCloud = cloudId != null && !cloudId.isBlank();
        boolean byOrg = orgId != null && !orgId.isBlank();
        if (byCloud == byOrg) {
            throw new InvalidRequestException("cloudId, orgId", "give exactly one of them");
        }
        int max = Limits.limit(limit, config.defaultLimit(), config.maxLimit());
        Long beforeId = Limits.optionalId("before", before);
        return byCloud ? trail.forCloud(cloudId, beforeId, max) : trail.forOrg(orgId, beforeId, max);
    }
}
