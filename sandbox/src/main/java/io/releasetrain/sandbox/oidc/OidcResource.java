package io.releasetrain.sandbox.oidc;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organisation's OpenID Connect provider as the local run needs it (authorization code flow): discovery,
 * the signing key, a sign-in page to pick one of the {@link SandboxUser}s (no password), and the token endpoint.
 * Errors are OAuth's JSON ({@code error}, {@code error_description}).
 */
@Path("/oidc")
public class OidcResource {

    private final OidcConfig config;
    private final AuthorizationCodes codes;
    private final TokenIssuer issuer;

    OidcResource(OidcConfig config, AuthorizationCodes codes, TokenIssuer issuer) {
        this.config = config;
        this.codes = codes;
        this.issuer = issuer;
    }

    @GET
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> discovery(@Context UriInfo uri) {
        String base = uri.getBaseUriBuilder().path("oidc").build().toString();
        return Map.of("issuer", config.issuer(),
                "authorization_endpoint", base + "/authorize",
                "token_endpoint", base + "/token",
                "jwks_uri", base + "/jwks",
                "response_types_supported", List.of("code"),
                "grant_types_supported", List.of("authorization_code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "scopes_supported", List.of("openid", "profile", "email"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> jwks() {
        return issuer.jwks();
    }

    /** The sign-in page: one button per user. */
    @GET
    @Path("/authorize")
    public Response authorize(@QueryParam("response_type") String responseType, @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state,
            @QueryParam("nonce") String nonce) {
        if (!"code".equals(responseType)) {
            return error(400, "unsupported_response_type", "response_type must be code (authorization code flow)");
        }
        Response invalid = checkClient(clientId, redirectUri);
        if (invalid != null) {
            return invalid;
        }
        return Response.ok(SignInPage.render(clientId, redirectUri, state, nonce), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    /** The user picked on the sign-in page: back to the client with a code. */
    @POST
    @Path("/authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm("login") String login, @RestForm("client_id") String clientId,
            @RestForm("redirect_uri") String redirectUri, @RestForm("state") String state, @RestForm("nonce") String nonce) {
        Response invalid = checkClient(clientId, redirectUri);
        if (invalid != null) {
            return invalid;
        }
        SandboxUser user = SandboxUser.byLogin(login).orElse(null);
        if (user == null) {
            return error(400, "invalid_request", "login: no sandbox user '" + login + "'");
        }
        UriBuilder back = UriBuilder.fromUri(redirectUri).queryParam("code", codes.issue(user, clientId, redirectUri, nonce));
        if (state != null) {
            back.queryParam("state", state);
        }
        return Response.seeOther(back.build()).build();
    }

    /** Exchanges a code for the user's ID and access tokens. */
    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@RestForm("grant_type") String grantType, @RestForm("code") String code,
            @RestForm("redirect_uri") String redirectUri, @RestForm("client_id") String formClientId,
            @RestForm("client_secret") String formSecret, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!"authorization_code".equals(grantType)) {
            return error(400, "unsupported_grant_type", "grant_type must be authorization_code");
        }
        String[] client = clientOf(authorization, formClientId, formSecret);
        if (!config.clientId().equals(client[0])
                || config.clientSecret().map(secret -> !secret.equals(client[1])).orElse(false)) {
            return error(401, "invalid_client", "unknown client or wrong client secret");
        }
        var grant = codes.take(code).orElse(null);
        if (grant == null) {
            return error(400, "invalid_grant", "code: unknown, used already or expired");
        }
        if (!grant.clientId().equals(client[0]) || redirectUri == null || !grant.redirectUri().equals(redirectUri)) {
            return error(400, "invalid_grant", "redirect_uri: not the one the code was issued for");
        }
        TokenIssuer.Tokens tokens = issuer.issue(grant.user(), grant.clientId(), grant.nonce(), Instant.now());
        return Response.ok(Map.of("access_token", tokens.accessToken(), "id_token", tokens.idToken(),
                "token_type", "Bearer", "expires_in", tokens.expiresIn(), "scope", "openid profile email"))
                .header("Cache-Control", "no-store").build();
    }

    private Response checkClient(String clientId, String redirectUri) {
        if (!config.clientId().equals(clientId)) {
            return error(400, "unauthorized_client", "client_id: this provider serves the client '" + config.clientId() + "'");
        }
        if (redirectUri == null || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))) {
            return error(400, "invalid_request", "redirect_uri: an absolute http(s) URL is required");
        }
        try {
            URI.create(redirectUri);
        } catch (IllegalArgumentException e) {
            return error(400, "invalid_request", "redirect_uri: not a URL");
        }
        return null;
    }

    /** {client id, secret} from HTTP Basic (client_secret_basic) or the form (client_secret_post). */
    private static String[] clientOf(String authorization, String formClientId, String formSecret) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return new String[] {decode(pair.substring(0, colon)), decode(pair.substring(colon + 1))};
                }
            } catch (IllegalArgumentException e) {
                return new String[] {null, null};
            }
        }
        return new String[] {formClientId, formSecret};
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
