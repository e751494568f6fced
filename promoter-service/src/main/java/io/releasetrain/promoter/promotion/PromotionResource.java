package io.releasetrain.promoter.promotion;

import io.quarkus.security.Authenticated;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.promoter.freeze.FreezeOverride;
import io.releasetrain.promoter.rollback.RollbackApprovals;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Promotions over REST: start, approve, abandon, take a fix, and read them with their timelines. Who may
 * change a promotion depends on its target ({@code releasetrain.promotion.environments.<name>.roles}:
 * staging oncall-secondary/primary or release-admin, production oncall-primary or release-admin); every
 * change records the token's subject and the reason given.
 */
@Path("/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Promotions", description = "master → staging → production through merge-commit pull requests")
public class PromotionResource {

    private final PromotionStarter starter;
    private final Promotions promotions;
    private final PromotionDriver driver;
    private final Environments environments;
    private final FreezeOverride freezeOverride;
    private final RollbackApprovals rollbackApprovals;

    PromotionResource(PromotionStarter starter, Promotions promotions, PromotionDriver driver, Environments environments,
            FreezeOverride freezeOverride, RollbackApprovals rollbackApprovals) {
        this.starter = starter;
        this.promotions = promotions;
        this.driver = driver;
        this.environments = environments;
        this.freezeOverride = freezeOverride;
        this.rollbackApprovals = rollbackApprovals;
    }

    @POST
    @Operation(summary = "Start a promotion into an environment",
            description = "From the environment before it, at sha or the source branch's head. Opens the promotion "
                    + "branch and its pull request; 409 while another promotion into the target is in flight.")
    @APIResponse(responseCode = "201", description = "Started; Location names the promotion")
    @APIResponse(responseCode = "400", description = "Unknown or first environment, wrong from, malformed sha, no reason")
    @APIResponse(responseCode = "403", description = "The token's roles may not promote into this environment")
    @APIResponse(responseCode = "409", description = "Another promotion into the target is in flight, or a freeze "
            + "holds and overrideFreeze is not set")
    public Response start(@Valid @NotNull PromotionRequests.Start request, SecurityContext caller, UriInfo uri) {
        authorize(caller, starter.target(request.to()));
        String reason = freezeOverride.check(request.to(), Boolean.TRUE.equals(request.overrideFreeze()), caller)
                .map(overridden -> request.reason() + " [" + overridden + "]").orElse(request.reason());
        Promotion p = starter.start(request.from(), request.to(), request.sha(), PromotionTrigger.MANUAL,
                caller.getUserPrincipal().getName(), reason);
        return Response.created(uri.getAbsolutePathBuilder().path(p.id).build()).entity(view(p.id)).build();
    }

    @GET
    @Operation(summary = "Promotions, newest first", description = "Optionally only those into one environment.")
    @APIResponse(responseCode = "400", description = "Bad limit")
    @Transactional
    public List<PromotionView> list(@QueryParam("target") String target, @QueryParam("limit") Integer limit) {
        int max = limit == null ? 50 : limit;
        if (max < 1 || max > 500) {
            throw new InvalidRequestException("limit", "must be between 1 and 500");
        }
        var query = target == null ? Promotion.<Promotion>find("order by sequence desc")
                : Promotion.<Promotion>find("targetEnvironment = ?1 order by sequence desc", target);
        return query.page(0, max).list().stream().map(p -> PromotionView.of(p, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One promotion with its timeline")
    @APIResponse(responseCode = "404", description = "No such promotion")
    public PromotionView get(@PathParam("id") String id) {
        return view(id);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a promotion awaiting approval; it merges next")
    @APIResponse(responseCode = "403", description = "The token's roles may not promote into its target (a rollback: "
            + "only oncall-primary or release-admin)")
    @APIResponse(responseCode = "404", description = "No such promotion")
    @APIResponse(responseCode = "409", description = "Not awaiting approval (or it changed twice under the request)")
    public PromotionView approve(@PathParam("id") String id, @Valid @NotNull PromotionRequests.Decision request,
            SecurityContext caller) {
        authorize(caller, targetOf(id));
        rollbackApprovals.check(id, caller);
        Contention.retryOnce(id, "approving it", () -> promotions.approve(id, caller.getUserPrincipal().getName(),
                request.reason()));
        driver.advance(id);
        return view(id);
    }

    @POST
    @Path("/{id}/abandon")
    @Operation(summary = "Abandon a promotion before its merge; its pull request is closed and its branch deleted")
    @APIResponse(responseCode = "403", description = "The token's roles may not promote into its target")
    @APIResponse(responseCode = "404", description = "No such promotion")
    @APIResponse(responseCode = "409", description = "Already merged, or finished (or it changed twice under the request)")
    public PromotionView abandon(@PathParam("id") String id, @Valid @NotNull PromotionRequests.Decision request,
            SecurityContext caller) {
        authorize(caller, targetOf(id));
        Promotion p = Contention.retryOnce(id, "abandoning it", () -> promotions.abandon(id,
                caller.getUserPrincipal().getName(), request.reason()));
        driver.cleanUp(p);
        return view(id);
    }

    @POST
    @Path("/{id}/fixes")
    @Operation(summary = "Take a fix into a promotion before its merge",
            description = "Merges ref (a branch or commit) into the promotion branch through GitHub's merges API; "
                    + "the checks run again on the new head, and the merge pins it.")
    @APIResponse(responseCode = "403", description = "The token's roles may not promote into its target")
    @APIResponse(responseCode = "404", description = "No such promotion")
    @APIResponse(responseCode = "409", description = "Already merged, or finished")
    public PromotionView takeFix(@PathParam("id") String id, @Valid @NotNull PromotionRequests.Fix request,
            SecurityContext caller) {
        authorize(caller, targetOf(id));
        Promotion p = promotions.find(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No promotion " + id));
        if (!p.state.beforeMerge()) {
            throw new jakarta.ws.rs.ClientErrorException("Promotion " + id + " is " + p.state + ": fixes go in before the merge", 409);
        }
        driver.takeFix(p, request.ref(), caller.getUserPrincipal().getName(), request.reason());
        return view(id);
    }

    private Environments.Env targetOf(String id) {
        String target = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> promotions.get(id).targetEnvironment);
        return environments.named(target).orElseThrow();
    }

    private static void authorize(SecurityContext caller, Environments.Env target) {
        boolean allowed = target.config().roles().stream().anyMatch(caller::isUserInRole);
        if (!allowed) {
            throw new ForbiddenException("Promotions into " + target.name() + " need one of the roles "
                    + target.config().roles());
        }
    }

    private PromotionView view(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                PromotionView.of(promotions.get(id), TimelineEntry.of(id)));
    }
}
