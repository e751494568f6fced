package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * GitHub's REST API wants a token: the simulated repository is private, so a call to {@code /repos/...}
 * without {@code Authorization: Bearer|token ...} is 401, and {@code /app/...} wants the App's JWT as a
 * bearer token. Any token is accepted (the sandbox has no accounts); what matters is that the services send one.
 */
public class GitHubAuth {

    @ServerRequestFilter
    public Response requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/repos/") && !path.startsWith("/app/")) {
            return null;
        }
        String authorization = request.getHeaderString("Authorization");
        boolean bearer = authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7;
        boolean token = authorization != null && authorization.startsWith("token ") && authorization.length() > 6;
        if (path.startsWith("/app/") ? bearer && authorization.split("\\.").length == 3 : bearer || token) {
            return null;
        }
        String message = path.startsWith("/app/") ? "A JSON web token could not be decoded" : "Requires authentication";
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(object("message", message, "documentation_url", GitHubErrors.DOCS, "status", "401")).build();
    }
}
