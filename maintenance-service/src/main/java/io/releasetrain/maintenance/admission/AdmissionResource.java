package io.releasetrain.maintenance.admission;

import io.quarkus.security.Authenticated;
import io.releasetrain.maintenance.flags.FlagHold;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admission check the service that runs stacks calls before every stack create or update.
 *
 * <p>Authentication: any valid bearer token, no particular role. It is a read, and reads need an
 * authenticated caller throughout the release train; it is not {@code @PermitAll} because its answer
 * carries who put a PPC into maintenance and why, which is not for anyone on the network. The
 * stack service calls it with its own service token. Verifying that token is the larger part of the
 * cost of a call (see {@code bench/results/admission.md}); the read itself is one primary-key lookup.
 *
 * <p>Answers are never cached ({@code Cache-Control: no-store}): maintenance must take effect on the
 * next call.
 */
@Path("/clouds/{cloudId}/admission")
@Tag(name = "Admission", description = "May a stack be created or updated on this PPC now?")
public class AdmissionResource {

    private final AdmissionReader reader;
    private final Clock clock;

    AdmissionResource(AdmissionReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "May a stack create or update proceed on this PPC now?",
            description = "204 when it may. 503 while the PPC is in maintenance, with the reason and, when the "
                    + "maintenance has an end, Retry-After in seconds.")
    @APIResponse(responseCode = "204", description = "Proceed")
    @APIResponse(responseCode = "503", description = "The PPC is in maintenance",
            headers = @Header(name = "Retry-After", description = "Seconds until maintenance ends, when known"))
    @APIResponse(responseCode = "404", description = "No such PPC")
    public Response check(@PathParam("cloudId") String cloudId) {
        AdmissionReader.State state = reader.read(cloudId)
                .orElseThrow(() -> new NotFoundException("No PPC with cloud id '" + cloudId + "'"));
        AdmissionDecision decision = AdmissionDecision.decide(state.flags(), state.hold(), clock.instant());
        if (decision.admitted()) {
            return Response.noContent().header("Cache-Control", "no-store").build();
        }
        Response.ResponseBuilder refusal = Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(refusal(cloudId, decision.hold()));
        decision.retryAfter().ifPresent(seconds -> refusal.header("Retry-After", seconds));
        return refusal.build();
    }

    private static AdmissionRefusal refusal(String cloudId, FlagHold hold) {
        int status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        String error = Response.Status.SERVICE_UNAVAILABLE.getReasonPhrase();
        if (hold == null) {
            return new AdmissionRefusal(status, error, "PPC '" + cloudId + "' is in maintenance mode",
                    cloudId, null, null, null, null, null);
        }
        String until = hold.expiresAt() == null ? "" : " until " + hold.expiresAt();
        return new AdmissionRefusal(status, error,
                "PPC '" + cloudId + "' is in maintenance mode" + until + ": " + hold.reason(),
                cloudId, hold.reason(), hold.setBy(), hold.setAt(), hold.expiresAt(), hold.windowId());
    }
}
