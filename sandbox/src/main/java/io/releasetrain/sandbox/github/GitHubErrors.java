package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a {@link GitHubException} as GitHub does: its status and {@code {"message", "errors", "documentation_url", "status"}}. */
public class GitHubErrors {

    static final String DOCS = "https://docs.github.com/rest";

    @ServerExceptionMapper
    public Response refused(GitHubException e) {
        Map<String, Object> body = object("message", e.getMessage());
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        body.put("documentation_url", DOCS);
        body.put("status", String.valueOf(e.status()));
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
