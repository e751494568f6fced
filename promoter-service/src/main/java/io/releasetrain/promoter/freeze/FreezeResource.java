package io.releasetrain.promoter.freeze;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Freeze windows over REST: create, list, end. Freezing and ending need an on-call role or release-admin; the
 * token's subject and the reason are recorded.
 */
@Path("/freezes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Freezes", description = "Windows in which the calendar starts no promotion")
public class FreezeResource {

    /** Create a freeze: from start to end (ISO-8601 instants), over the environments, optionally every week. */
    public record Create(@NotEmpty List<@NotBlank @Size(max = 64) String> environments, @NotNull Instant start,
            @NotNull Instant end, Boolean weekly, @NotBlank @Size(max = 1000) String reason) {
    }

    /** End a freeze: why. */
    public record End(@NotBlank @Size(max = 1000) String reason) {
    }

    /** A freeze as the REST API shows it; {@code active} is whether it holds now. */
    public record View(String id, List<String> environments, Instant start, Instant end, boolean weekly, String reason,
            String createdBy, Instant createdAt, Instant endedAt, String endedBy, String endReason, boolean active) {
    }

    private final Freezes freezes;

    FreezeResource(Freezes freezes) {
        this.freezes = freezes;
    }

    @POST
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Freeze promotions into environments", description = "Scheduled promotions inside the window "
            + "are skipped; a manual one needs overrideFreeze and oncall-primary or release-admin. With weekly, the "
            + "window repeats every week at the same local time (releasetrain.calendar.zone) until ended.")
    @APIResponse(responseCode = "201", description = "Created; Location names the freeze")
    @APIResponse(responseCode = "400", description = "Unknown environment, end not after start, weekly longer than a week, already over")
    @APIResponse(responseCode = "403", description = "Needs oncall-primary, oncall-secondary or release-admin")
    public Response create(@Valid @NotNull Create request, SecurityContext caller, UriInfo uri) {
        Freeze f = freezes.create(new Freezes.NewFreeze(request.environments(), request.start(), request.end(),
                Boolean.TRUE.equals(request.weekly()), request.reason()), caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(f.id).build()).entity(view(f.id)).build();
    }

    @GET
    @Operation(summary = "Freezes, newest first", description = "With active=true only those holding now.")
    public List<View> list(@QueryParam("active") Boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> Freeze.<Freeze>list("order by createdAt desc").stream()
                .map(this::view).filter(v -> active == null || v.active() == active).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One freeze")
    @APIResponse(responseCode = "404", description = "No such freeze")
    public View get(@PathParam("id") String id) {
        return view(id);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "End a freeze now (every later weekly occurrence too)")
    @APIResponse(responseCode = "403", description = "Needs oncall-primary, oncall-secondary or release-admin")
    @APIResponse(responseCode = "404", description = "No such freeze")
    @APIResponse(responseCode = "409", description = "Ended already")
    public View end(@PathParam("id") String id, @Valid @NotNull End request, SecurityContext caller) {
        freezes.end(id, caller.getUserPrincipal().getName(), request.reason());
        return view(id);
    }

    private View view(String id) {
        return QuarkusTransaction.requiringNew().call(() -> view(freezes.get(id)));
    }

    private View view(Freeze f) {
        return new View(f.id, f.environmentList(), f.startsAt, f.endsAt, f.weekly, f.reason, f.createdBy, f.createdAt,
                f.endedAt, f.endedBy, f.endReason, freezes.holdsNow(f));
    }
}
