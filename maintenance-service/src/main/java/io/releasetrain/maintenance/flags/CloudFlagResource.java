package io.releasetrain.maintenance.flags;

import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.messaging.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sets and clears the flags of one PPC. */
@Path("/clouds/{cloudId}/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flags", description = "Maintenance mode (0x1) and health-check opt-out (0x2), one bit at a time")
public class CloudFlagResource {

    private final FlagChanges changes;

    CloudFlagResource(FlagChanges changes) {
        this.changes = changes;
    }

    @PUT
    @Path("/{flag}")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR})
    @Operation(summary = "Set or clear one flag of one PPC",
            description = "flag is 'maintenance' or 'health-check-opt-out'. Only that bit changes; every other bit "
                    + "is kept. Setting a set flag or clearing a clear one changes nothing and says so.")
    @APIResponse(responseCode = "200", description = "Changed, or already in the asked state (see 'changed')")
    @APIResponse(responseCode = "400", description = "Reason missing, expiry in the past or given when clearing")
    @APIResponse(responseCode = "404", description = "No such PPC or flag")
    public FlagChangeResult change(@PathParam("cloudId") String cloudId, @PathParam("flag") String flag,
            @Valid @NotNull FlagChangeRequest request, SecurityContext caller) {
        return changes.changeCloud(cloudId, flagNamed(flag), request.set(), command(request, caller));
    }

    static Flag flagNamed(String name) {
        return Flag.byPathName(name).orElseThrow(() -> new NotFoundException(
                "No flag named '" + name + "'; the flags are: " + Flag.pathNames()));
    }

    static ChangeCommand command(FlagChangeRequest request, SecurityContext caller) {
        return ChangeCommand.byPerson(caller.getUserPrincipal().getName(), request.reason().strip(),
                Horizon.ceilToSecond(request.expiresAt()));
    }
}
