package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;
import static io.releasetrain.sandbox.json.Json.time;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub Apps: an installation access token for the App's JWT ({@link GitHubAuth} checks there is one). */
@Path("/app/installations/{installationId}/access_tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub")
public class AppResource {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger issued = new AtomicInteger();

    AppResource(Clock clock) {
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Create an installation access token, valid for one hour")
    public Response create(@PathParam("installationId") long installationId) {
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        issued.incrementAndGet();
        return Response.status(201).entity(object("token", "ghs_" + HexFormat.of().formatHex(secret),
                "expires_at", time(clock.instant().plus(Duration.ofHours(1))),
                "permissions", object("checks", "read", "contents", "write", "metadata", "read", "pull_requests", "write",
                        "statuses", "write"),
                "repository_selection", "selected")).build();
    }

    /** How many tokens were issued (the sandbox's state page shows it). */
    public int issued() {
        return issued.get();
    }
}
