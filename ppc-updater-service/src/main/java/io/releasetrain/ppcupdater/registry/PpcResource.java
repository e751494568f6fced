package io.releasetrain.ppcupdater.registry;

import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.ErrorResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
    @Operation(summary = "List the fleet, optionally one organization's PPCs")
    public List<PpcView> list(@QueryParam("orgId") String orgId) {
        List<Ppc> ppcs = orgId == null ? Ppc.listAll() : Ppc.list("orgId", orgId);
        return ppcs.stream().map(PpcView::of).toList();
    }

    @GET
    @Path("/{cloudId}")
    @Authenticated
    @Operation(summary = "One PPC")
    public PpcView get(@PathParam("cloudId") String cloudId) {
        Ppc ppc = Ppc.findById(cloudId);
        if (ppc == null) {
            throw new NotFoundException("No PPC with cloud id '" + cloudId + "'");
        }
        return PpcView.of(ppc);
    }

    @ServerExceptionMapper
    Response duplicate(FleetRegistry.DuplicatePpcException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }
}
