package io.releasetrain.promoter.rollback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One environment's history, and rolling it back. */
@Path("/environments/{name}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Environments", description = "testing, staging, production and what they run")
public class EnvironmentActionsResource {

    /** Roll back: to the named earlier release (a promotion id or merge SHA), or the previous one; and why. */
    public record RollbackRequest(@Size(max = 64) String release, @NotBlank @Size(max = 1000) String reason) {
    }

    /** A rollback as the REST API shows it. */
    public record RollbackView(String id, String environment, String promotionId, String fromSha, String toSha,
            String toPromotionId, String rollbackSha, String requestedBy, String reason, Instant createdAt,
            Instant finishedAt, Boolean succeeded) {

        static RollbackView of(Rollback r) {
            return new RollbackView(r.id, r.environment, r.promotionId, r.fromSha, r.toSha, r.toPromotionId, r.rollbackSha,
                    r.requestedBy, r.reason, r.createdAt, r.finishedAt, r.succeeded);
        }
    }

    private final EnvironmentHistory history;
    private final Rollbacks rollbacks;

    EnvironmentActionsResource(EnvironmentHistory history, Rollbacks rollbacks) {
        this.history = history;
        this.rollbacks = rollbacks;
    }

    @GET
    @Path("/history")
    @Operation(summary = "The environment's history, newest first",
            description = "Promotions (scheduled and manual), abandons, rollbacks and calendar slots that started "
                    + "nothing (skipped or missed), each with who and why.")
    @APIResponse(responseCode = "400", description = "Bad limit")
    public List<EnvironmentHistory.Entry> history(@PathParam("name") String name, @QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > 1000) {
            throw new InvalidRequestException("limit", "must be between 1 and 1000");
        }
        return history.of(name, max);
    }

    @POST
    @Path("/rollback")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Roll the environment back to its previous verified release (or a named earlier one)",
            description = "Makes a commit with the earlier release's tree on top of the branch's head (GitHub's Git "
                    + "Data API) and promotes it into the environment through a pull request: the same checks and "
                    + "deploy tracking, and an approval, as production requires.")
    @APIResponse(responseCode = "201", description = "Started; the body is the rollback, promotionId its promotion")
    @APIResponse(responseCode = "403", description = "Needs oncall-primary or release-admin")
    @APIResponse(responseCode = "404", description = "No such environment")
    @APIResponse(responseCode = "409", description = "Nothing earlier to roll back to, or a promotion before its merge is in flight")
    public Response rollback(@PathParam("name") String name, @Valid @NotNull RollbackRequest request,
            SecurityContext caller) {
        Rollback r = rollbacks.start(name, request.release(), caller.getUserPrincipal().getName(), request.reason());
        RollbackView view = QuarkusTransaction.requiringNew().call(() -> RollbackView.of(Rollback.findById(r.id)));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/rollbacks")
    @Operation(summary = "The environment's rollbacks, newest first")
    public List<RollbackView> rollbacks(@PathParam("name") String name) {
        return QuarkusTransaction.requiringNew().call(() -> Rollback.of(name).stream().map(RollbackView::of).toList());
    }
}
