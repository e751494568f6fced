package io.releasetrain.maintenance.flags;

import io.releasetrain.messaging.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sets and clears one flag on every PPC of an organisation at once. */
@Path("/orgs/{orgId}/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flags")
public class OrgFlagResource {

    private final FlagChanges changes;

    OrgFlagResource(FlagChanges changes) {
        this.changes = changes;
    }

    @PUT
    @Path("/{flag}")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR})
    @Operation(summary = "Set or clear one flag on every PPC of an organisation, in one transaction",
            description = "Retired PPCs are left out. The answer lists the PPCs that changed and those already "
                    + "in the asked state; only the flag's bit changes on each.")
    @APIResponse(responseCode = "200", description = "Applied; see 'changed' and 'unchanged'")
    @APIResponse(responseCode = "400", description = "Reason missing, expiry in the past or given when clearing")
    @APIResponse(responseCode = "404", description = "No PPC in the fleet belongs to the organisation, or no such flag")
    public FlagChangeResult change(@PathParam("orgId") String orgId, @PathParam("flag") String flag,
            @Valid @NotNull FlagChangeRequest request, SecurityContext caller) {
        return changes.changeOrg(orgId, CloudFlagResource.flagNamed(flag), request.set(),
                CloudFlagResource.command(request, caller));
    }
}
