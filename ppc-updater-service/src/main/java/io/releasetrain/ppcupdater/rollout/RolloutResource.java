package io.releasetrain.ppcupdater.rollout;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.ErrorResponses;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Customer rollouts over REST: progress for anyone signed in; control for oncall-primary and release-admin. */
@Path("/rollouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolloutResource {

    private final RolloutControl control;

    RolloutResource(RolloutControl control) {
        this.control = control;
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "Rollouts, newest first, optionally in one state; per-wave counts, no per-PPC detail")
    public List<RolloutView> list(@QueryParam("state") RolloutPhase state) {
        List<Rollout> rollouts = state == null ? Rollout.listAll(Sort.descending("createdAt"))
                : Rollout.list("state", Sort.descending("createdAt"), state);
        return rollouts.stream().map(r -> RolloutView.of(r, false)).toList();
    }

    @GET
    @Path("/{rolloutId}")
    @Authenticated
    @Transactional
    @Operation(summary = "One rollout's progress, per wave and per PPC")
    public RolloutView get(@PathParam("rolloutId") String rolloutId) {
        Rollout rollout = Rollout.findById(rolloutId);
        if (rollout == null) {
            throw new NotFoundException("No rollout '" + rolloutId + "'");
        }
        return RolloutView.of(rollout, true);
    }

    @POST
    @Path("/{rolloutId}/approve")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Approve a rollout that waits for approval; it starts")
    public RolloutView approve(@PathParam("rolloutId") String id, @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.approve(id, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/pause")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Pause a running rollout: nothing new starts, running updates finish")
    public RolloutView pause(@PathParam("rolloutId") String id, @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.pause(id, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/resume")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Resume a paused or halted rollout; failures so far are accepted")
    public RolloutView resume(@PathParam("rolloutId") String id, @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.resume(id, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/abort")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Abort a rollout for good; updates not started are cancelled")
    public RolloutView abort(@PathParam("rolloutId") String id, @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.abort(id, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/supersede")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Start a queued rollout in place of the unfinished earlier one")
    public RolloutView supersede(@PathParam("rolloutId") String id, @Valid @NotNull ReasonRequest body,
            SecurityContext caller) {
        return view(control.supersede(id, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/ppcs/{cloudId}/retry")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Update a failed PPC again in this rollout")
    public RolloutView retry(@PathParam("rolloutId") String id, @PathParam("cloudId") String cloudId,
            @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.retry(id, cloudId, who(caller), body.reason()));
    }

    @POST
    @Path("/{rolloutId}/ppcs/{cloudId}/skip")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Leave a pending or failed PPC out of this rollout")
    public RolloutView skip(@PathParam("rolloutId") String id, @PathParam("cloudId") String cloudId,
            @Valid @NotNull ReasonRequest body, SecurityContext caller) {
        return view(control.skip(id, cloudId, who(caller), body.reason()));
    }

    @ServerExceptionMapper
    Response conflict(RolloutConflictException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }

    private static RolloutView view(Rollout rollout) {
        return RolloutView.of(Rollout.findById(rollout.rolloutId), true);
    }

    private static String who(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
