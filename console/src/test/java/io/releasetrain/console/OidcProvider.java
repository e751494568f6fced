package io.releasetrain.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.releasetrain.testsupport.TestTokens;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The organisation's OpenID Connect provider, played by WireMock (an outside system): discovery, the signing
 * key (the one the services trust in tests), a sign-in page listing one user per role, and a token endpoint
 * that gives the chosen user's tokens for the code the sign-in page sent back.
 */
final class OidcProvider {

    static final String PATH = "/oidc";
    static final String CLIENT_ID = "console";
    static final String CLIENT_SECRET = "console-test-secret";

    /** The users of the sign-in page: the login (also the authorization code), the name and the roles. */
    enum User {
        PRIMARY("primary@example.com", "oncall-primary"),
        SECONDARY("secondary@example.com", "oncall-secondary"),
        ADMIN("admin@example.com", "release-admin"),
        ORG_ADMIN("orgadmin@example.com", "org-admin"),
        OPERATOR("operator@example.com", "ppc-operator"),
        VIEWER("viewer@example.com");

        final String name;
        final List<String> roles;

        User(String name, String... roles) {
            this.name = name;
            this.roles = List.of(roles);
        }

        String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private OidcProvider() {
    }

    /** Installs the provider's stubs; returns its URL ({@code quarkus.oidc.auth-server-url}). */
    static String install(WireMock wireMock, String baseUrl) {
        String url = baseUrl + PATH;
        wireMock.register(get(urlPathEqualTo(PATH + "/.well-known/openid-configuration")).willReturn(json("""
                {"issuer":"%s","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                 "jwks_uri":"%s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile","email"]}
                """.formatted(TestTokens.ISSUER, url, url, url))));
        wireMock.register(get(urlPathEqualTo(PATH + "/jwks")).willReturn(json(jwks())));
        wireMock.register(get(urlPathEqualTo(PATH + "/authorize")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(signInPage())
                .withTransformers("response-template")));
        for (User user : User.values()) {
            String token = TestTokens.forRoles(user.name, user.roles.toArray(String[]::new));
            wireMock.register(post(urlPathEqualTo(PATH + "/token"))
                    .withRequestBody(matching("(.*&)?code=" + user.code() + "(&.*)?"))
                    .willReturn(json(tokens(token))));
        }
        return url;
    }

    private static String signInPage() {
        String links = Arrays.stream(User.values())
                .map(u -> "<li><a href=\"{{request.query.redirect_uri}}?code=" + u.code()
                        + "&state={{request.query.state}}\">Sign in as " + u.name + "</a></li>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Sign in</title></head><body><h1>Test provider</h1><ul>"
                + links + "</ul></body></html>";
    }

    private static String tokens(String token) {
        return """
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":3600}
                """.formatted(token, token);
    }

    private static String jwks() {
        try {
            byte[] der = Base64.getDecoder().decode(TestTokens.publicKey());
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return """
                    {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                    """.formatted(base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
