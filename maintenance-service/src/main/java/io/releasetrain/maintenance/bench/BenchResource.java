package io.releasetrain.maintenance.bench;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The baseline the admission benchmark compares against: an endpoint with the same authentication as
 * the admission check and no work at all, so that the difference between the two is the check's own
 * cost. Answers 404 unless {@code releasetrain.bench.enabled=true}.
 */
@Path("/bench/noop")
@Tag(name = "Benchmark")
public class BenchResource {

    private final BenchConfig config;

    BenchResource(BenchConfig config) {
        this.config = config;
    }

    @GET
    @Authenticated
    @Operation(summary = "Does nothing; for the admission benchmark only, and 404 unless it is switched on")
    public Response noop() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
