package io.releasetrain.ppcupdater.config;

import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Per-PPC configuration over REST: versioned, with who and why; secrets only as references. */
@Path("/ppcs/{cloudId}/config")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PpcConfigResource {

    private final PpcConfigStore store;

    PpcConfigResource(PpcConfigStore store) {
        this.store = store;
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "The PPC's current configuration")
    public ConfigView current(@PathParam("cloudId") String cloudId) {
        FleetRegistry.existing(cloudId);
        PpcConfig current = PpcConfig.current(cloudId);
        if (current == null) {
            throw new NotFoundException("PPC '" + cloudId + "' has no configuration yet");
        }
        return ConfigView.of(current);
    }

    @GET
    @Path("/versions")
    @Authenticated
    @Transactional
    @Operation(summary = "Every version of the PPC's configuration, newest first")
    public List<ConfigView> history(@PathParam("cloudId") String cloudId) {
        FleetRegistry.existing(cloudId);
        return PpcConfig.history(cloudId).stream().map(ConfigView::of).toList();
    }

    @PUT
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PPC_OPERATOR, Roles.RELEASE_ADMIN})
    @Operation(summary = "Replace the PPC's configuration with a new version")
    public ConfigView change(@PathParam("cloudId") String cloudId, @Valid @NotNull ConfigChangeRequest request,
            SecurityContext caller) {
        PpcConfig changed = store.change(cloudId, new ConfigEntries(request.values(), request.secretRefs()),
                caller.getUserPrincipal().getName(), request.reason());
        return ConfigView.of(changed);
    }
}
