package io.releasetrain.sandbox.fleet;

import static io.releasetrain.sandbox.json.Json.object;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PPCs' own endpoints: what the fleet service's health checks call at {@code {endpoint}/health}. */
@Path("/ppcs/{name}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PPC fleet")
public class PpcResource {

    private final PpcFleet fleet;

    PpcResource(PpcFleet fleet) {
        this.fleet = fleet;
    }

    @GET
    @Path("/health")
    @Operation(summary = "200 when healthy, 503 when made unhealthy")
    public Response health(@PathParam("name") String name) {
        Map<String, Object> ppc = fleet.view(name);
        boolean healthy = Boolean.TRUE.equals(ppc.get("healthy"));
        return Response.status(healthy ? 200 : 503)
                .entity(object("status", healthy ? "healthy" : "unhealthy", "name", name, "version", ppc.get("version")))
                .build();
    }

    @GET
    @Operation(summary = "The PPC's simulated state: version, SDK version, health")
    public Map<String, Object> get(@PathParam("name") String name) {
        return fleet.view(name);
    }
}
