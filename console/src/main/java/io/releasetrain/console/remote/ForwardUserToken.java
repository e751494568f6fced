package io.releasetrain.console.remote;

import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the signed-in user's own access token to the services, so that they apply their role rules to the
 * person, not to the console. The console holds no credentials of its own.
 */
@ApplicationScoped
public class ForwardUserToken implements ClientHeadersFactory {

    private final Instance<AccessTokenCredential> accessToken;

    ForwardUserToken(Instance<AccessTokenCredential> accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (accessToken.isResolvable()) {
            headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.get().getToken());
        }
        return headers;
    }
}
