package io.releasetrain.sandbox.github;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * GitHub clients ask for {@code application/vnd.github+json} (or a preview type); GitHub answers them with
 * {@code application/json}, and so does the sandbox.
 */
public class GitHubMediaTypes {

    @ServerRequestFilter(preMatching = true)
    public void acceptGitHubJson(ContainerRequestContext request) {
        String accept = request.getHeaderString("Accept");
        if (accept != null && accept.contains("vnd.github")) {
            request.getHeaders().putSingle("Accept", "application/json");
        }
    }
}
