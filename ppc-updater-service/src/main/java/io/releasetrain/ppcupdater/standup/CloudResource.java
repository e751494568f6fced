package io.releasetrain.ppcupdater.standup;

import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.ErrorResponses;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.rollout.ReasonRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Standing up PPCs and the steps of their life in the fleet, over REST. */
@Path("/clouds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CloudResource {

    private final StandUps standUps;
    private final CreateJobReports reports;
    private final CloudSteps steps;
    private final AccessTokenVault vault;

    CloudResource(StandUps standUps, CreateJobReports reports, CloudSteps steps, AccessTokenVault vault) {
        this.standUps = standUps;
        this.reports = reports;
        this.steps = steps;
        this.vault = vault;
    }

    @POST
    @RolesAllowed({Roles.PPC_OPERATOR, Roles.RELEASE_ADMIN})
    @Operation(summary = "Stand up a new PPC: it is PROVISIONING while its create job runs on the CI")
    public Response create(@Valid @NotNull CreateCloudRequest request, SecurityContext caller, UriInfo uri) {
        Ppc ppc = standUps.create(request, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(ppc.cloudId).build()).entity(CloudView.of(ppc)).build();
    }

    @GET
    @Path("/{cloudId}")
    @Authenticated
    @Operation(summary = "A PPC with its stand-up: status, create job, why it failed")
    public CloudView get(@PathParam("cloudId") String cloudId) {
        return CloudView.of(FleetRegistry.existing(cloudId));
    }

    @POST
    @Path("/{cloudId}/callback")
    @PermitAll
    @Operation(summary = "The create job reports {endpoint, accessToken} or {error}; Authorization: Bearer <RT_CALLBACK_TOKEN>")
    public Response callback(@PathParam("cloudId") String cloudId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid CallbackRequest report) {
        reports.report(cloudId, authorization, report);
        return Response.noContent().build();
    }

    @POST
    @Path("/{cloudId}/attach")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Attach a ready (or detached) PPC to its organization; from now on the train updates it")
    public CloudView attach(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request, SecurityContext caller) {
        return CloudView.of(steps.take(cloudId, CloudStep.ATTACH, actor(caller), request.reason()));
    }

    @POST
    @Path("/{cloudId}/detach")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Detach a PPC from its organization; no rollout or update touches it")
    public CloudView detach(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request, SecurityContext caller) {
        return CloudView.of(steps.take(cloudId, CloudStep.DETACH, actor(caller), request.reason()));
    }

    @POST
    @Path("/{cloudId}/retire")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.RELEASE_ADMIN})
    @Operation(summary = "Retire a PPC that is not attached: it leaves the fleet")
    public CloudView retire(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request, SecurityContext caller) {
        return CloudView.of(steps.retire(cloudId, actor(caller), request.reason()));
    }

    @POST
    @Path("/{cloudId}/retry")
    @RolesAllowed({Roles.PPC_OPERATOR, Roles.RELEASE_ADMIN})
    @Operation(summary = "Run the create job of a failed stand-up again")
    public CloudView retry(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request, SecurityContext caller) {
        return CloudView.of(standUps.retry(cloudId, actor(caller), request.reason()));
    }

    @POST
    @Path("/{cloudId}/cancel")
    @RolesAllowed({Roles.PPC_OPERATOR, Roles.RELEASE_ADMIN})
    @Operation(summary = "Give up a provisioning or failed stand-up")
    public CloudView cancel(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request, SecurityContext caller) {
        return CloudView.of(standUps.cancel(cloudId, actor(caller), request.reason()));
    }

    @POST
    @Path("/{cloudId}/access-token")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Read the PPC's access token; recorded with who and why (audit row and event, without the token)")
    public Response accessToken(@PathParam("cloudId") String cloudId, @Valid @NotNull ReasonRequest request,
            SecurityContext caller) {
        AccessTokenVault.ReadToken token = vault.read(FleetRegistry.existing(cloudId), actor(caller), request.reason());
        return Response.ok(token).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }

    @ServerExceptionMapper
    Response conflict(CloudConflictException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response duplicate(FleetRegistry.DuplicatePpcException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response refused(CreateJobReports.CallbackRefusedException e) {
        return ErrorResponses.respond(Response.Status.UNAUTHORIZED, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response noKey(TokenKeys.MissingKeyException e) {
        return ErrorResponses.respond(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
    }
}
