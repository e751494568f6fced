package io.releasetrain.maintenance.window;

import io.quarkus.security.Authenticated;
import io.releasetrain.maintenance.MaintenanceConfig;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.maintenance.web.Limits;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maintenance windows booked ahead: they put PPCs into maintenance at their start and take them out at their end. */
@Path("/maintenance-windows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance windows", description = "Maintenance booked ahead for one PPC or a whole organisation")
public class WindowResource {

    private final WindowBookings bookings;
    private final WindowStore windows;
    private final MaintenanceConfig config;

    WindowResource(WindowBookings bookings, WindowStore windows, MaintenanceConfig config) {
        this.bookings = bookings;
        this.windows = windows;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR})
    @Operation(summary = "Book a maintenance window for one PPC or every PPC of an organisation",
            description = "At startsAt the PPCs go into maintenance, at endsAt they come out, unless their maintenance "
                    + "was set separately and lasts longer: a window only ends maintenance it holds.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the window")
    @APIResponse(responseCode = "400", description = "No or two targets, end not after start or not in the future, no reason")
    @APIResponse(responseCode = "404", description = "No such PPC, or no PPC in the organisation")
    public Response book(@Valid @NotNull WindowBookingRequest request, SecurityContext caller, UriInfo uri) {
        MaintenanceWindow window = bookings.book(request, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(window.id()).build())
                .entity(WindowView.of(window, null)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Maintenance windows, latest start first",
            description = "cloudId lists the windows that affect that PPC: its own and its organisation's.")
    @APIResponse(responseCode = "400", description = "Unknown status or bad limit")
    public List<WindowView> list(@QueryParam("cloudId") String cloudId, @QueryParam("orgId") String orgId,
            @QueryParam("status") String status, @QueryParam("limit") String limit) {
        int max = Limits.limit(limit, config.defaultLimit(), config.maxLimit());
        return windows.list(blankToNull(cloudId), blankToNull(orgId), status(status), max).stream()
                .map(w -> WindowView.of(w, null))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One maintenance window, with what it did to each PPC when it started")
    @APIResponse(responseCode = "404", description = "No such window")
    public WindowView get(@PathParam("id") String id) {
        MaintenanceWindow window = windows.find(id)
                .orElseThrow(() -> new NotFoundException("No maintenance window with id '" + id + "'"));
        return WindowView.of(window, windows.outcomes(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR})
    @Operation(summary = "Cancel a booked or active window; PPCs it holds in maintenance come out now")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such window")
    @APIResponse(responseCode = "409", description = "The window has already ended, been missed or been cancelled")
    public WindowView cancel(@PathParam("id") String id, @Valid @NotNull CancelWindowRequest request,
            SecurityContext caller) {
        MaintenanceWindow window = bookings.cancel(id, request.reason().strip(), caller.getUserPrincipal().getName());
        return WindowView.of(window, windows.outcomes(id));
    }

    @ServerExceptionMapper
    Response closed(WindowClosedException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, e.getMessage(), List.of());
    }

    private static WindowStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return WindowStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be one of " + Arrays.toString(WindowStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
