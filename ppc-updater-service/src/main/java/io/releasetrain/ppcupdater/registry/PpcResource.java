package io.releasetrain.ppcupdater.registry;

import io.quarkus.security.Authenticated;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.ErrorResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The fleet registry over REST. */
@Path("/ppcs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PpcResource {

    private final FleetRegistry registry;

    PpcResource(FleetRegistry registry) {
        this.registry = registry;
    }

    @POST
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Add a PPC to the fleet and attach it to an organization")
    public Response register(@Valid @NotNull RegisterPpcRequest request, SecurityContext caller, UriInfo uri) {
        Ppc ppc = registry.register(request, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(ppc.cloudId).build()).entity(PpcView.of(ppc)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the fleet, filtered by any of organization, kind, environment, version, status and flags")
    public List<PpcView> list(@QueryParam("orgId") String orgId, @QueryParam("kind") PpcKind kind,
            @QueryParam("environment") String environment, @QueryParam("version") String version,
            @QueryParam("status") PpcStatus status,
            @Parameter(description = "only PPCs with all these flag bits set, e.g. 2") @QueryParam("flags") Long flags,
            @QueryParam("maintenance") Boolean maintenance) {
        return new FleetQuery(orgId, kind, environment, version, status, flags, maintenance).run().stream()
                .map(PpcView::of).toList();
    }

    @GET
    @Path("/{cloudId}")
    @Authenticated
    @Operation(summary = "One PPC")
    public PpcView get(@PathParam("cloudId") String cloudId) {
        return PpcView.of(FleetRegistry.existing(cloudId));
    }

    @PATCH
    @Path("/{cloudId}")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PPC_OPERATOR, Roles.RELEASE_ADMIN})
    @Operation(summary = "Change a PPC's endpoint, region, environment, recorded version, health path or name parts")
    public PpcView change(@PathParam("cloudId") String cloudId, @Valid @NotNull ChangePpcRequest request,
            SecurityContext caller) {
        return PpcView.of(registry.change(cloudId, request, caller.getUserPrincipal().getName()));
    }

    @ServerExceptionMapper
    Response duplicate(FleetRegistry.DuplicatePpcException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }
}
