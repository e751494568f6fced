package io.releasetrain.sandbox.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sandbox's OpenID Connect provider through a whole authorization code flow, as the console's client runs it. */
@QuarkusTest
class OidcProviderTest {

    private static final String CALLBACK = "http://127.0.0.1:8085/fleet";

    @Test
    void aUserPickedOnTheSignInPageGetsSignedTokensWithTheirRoles() throws Exception {
        // Given the provider's discovery document
        var discovery = given().get("/oidc/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", equalTo("releasetrain-local")).body("response_types_supported", equalTo(List.of("code")))
                .extract().jsonPath();
        String authorize = path(discovery.getString("authorization_endpoint"));

        // When the console sends the browser to the sign-in page, every role has a person to pick
        given().redirects().follow(false).queryParam("response_type", "code").queryParam("client_id", "console")
                .queryParam("redirect_uri", CALLBACK).queryParam("state", "s-1").queryParam("scope", "openid")
                .get(authorize).then().statusCode(200)
                .body(containsString("Sign in as Pat Primary")).body(containsString("oncall-secondary"))
                .body(containsString("release-admin")).body(containsString("ppc-operator"))
                .body(containsString("org-admin")).body(containsString("Vic Viewer"));

        // And the primary on-call is picked: back to the console with a code and the state
        String location = given().redirects().follow(false).formParam("login", "pat.primary")
                .formParam("client_id", "console").formParam("redirect_uri", CALLBACK).formParam("state", "s-1")
                .formParam("nonce", "n-1").post(authorize).then().statusCode(303).extract().header("Location");
        assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=s-1");
        String code = location.replaceAll(".*code=([^&]+).*", "$1");

        // And the console exchanges the code (client_secret_basic)
        var tokens = exchange(code).then().statusCode(200).body("token_type", equalTo("Bearer")).extract().jsonPath();

        // Then both tokens are signed with the published key and name the user and their role
        PublicKey key = jwk(given().get(path(discovery.getString("jwks_uri"))).then().statusCode(200)
                .body("keys", hasSize(1)).extract().jsonPath().getMap("keys[0]"));
        Map<String, Object> access = verified(tokens.getString("access_token"), key);
        assertThat(access).containsEntry("iss", "releasetrain-local").containsEntry("sub", "pat.primary")
                .containsEntry("upn", "pat.primary").containsEntry("groups", List.of("oncall-primary"));
        Map<String, Object> id = verified(tokens.getString("id_token"), key);
        assertThat(id).containsEntry("aud", "console").containsEntry("nonce", "n-1").containsEntry("sub", "pat.primary");
        assertThat(((Number) id.get("exp")).longValue()).isGreaterThan(((Number) id.get("iat")).longValue());

        // And a code works once
        exchange(code).then().statusCode(400).body("error", equalTo("invalid_grant"))
                .body("error_description", containsString("code"));
    }

    @Test
    void theViewerHasNoRole() throws Exception {
        String code = code("viewer");
        String token = exchange(code).then().statusCode(200).extract().path("access_token");
        PublicKey key = jwk(given().get("/oidc/jwks").then().extract().jsonPath().getMap("keys[0]"));
        assertThat(verified(token, key)).containsEntry("sub", "viewer").containsEntry("groups", List.of());
    }

    @Test
    void wrongRequestsAreRefusedWithOAuthErrorsNamingWhatIsWrong() {
        given().queryParam("response_type", "token").queryParam("client_id", "console").queryParam("redirect_uri", CALLBACK)
                .get("/oidc/authorize").then().statusCode(400).body("error", equalTo("unsupported_response_type"));
        given().queryParam("response_type", "code").queryParam("client_id", "someone-else").queryParam("redirect_uri", CALLBACK)
                .get("/oidc/authorize").then().statusCode(400).body("error_description", containsString("client_id"));
        given().queryParam("response_type", "code").queryParam("client_id", "console").queryParam("redirect_uri", "/relative")
                .get("/oidc/authorize").then().statusCode(400).body("error_description", containsString("redirect_uri"));
        given().redirects().follow(false).formParam("login", "mallory").formParam("client_id", "console")
                .formParam("redirect_uri", CALLBACK).post("/oidc/authorize").then().statusCode(400)
                .body("error_description", containsString("mallory"));
        String code = code("sam.secondary");
        given().auth().preemptive().basic("console", "x").formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("redirect_uri", "http://elsewhere.example/cb").post("/oidc/token")
                .then().statusCode(400).body("error_description", containsString("redirect_uri"));
        given().auth().preemptive().basic("intruder", "x").formParam("grant_type", "authorization_code")
                .formParam("code", code("sam.secondary")).formParam("redirect_uri", CALLBACK).post("/oidc/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        given().formParam("grant_type", "password").post("/oidc/token").then().statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
    }

    private static String code(String login) {
        String location = given().redirects().follow(false).formParam("login", login).formParam("client_id", "console")
                .formParam("redirect_uri", CALLBACK).post("/oidc/authorize").then().statusCode(303).extract().header("Location");
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private static io.restassured.response.Response exchange(String code) {
        return given().auth().preemptive().basic("console", "any-secret").formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("redirect_uri", CALLBACK).post("/oidc/token");
    }

    private static String path(String url) {
        // The provider names its endpoints by the URL it was reached at; RestAssured adds host and port itself.
        assertThat(url).startsWith(RestAssured.baseURI);
        return URI.create(url).getPath();
    }

    private static PublicKey jwk(Map<String, Object> jwk) throws Exception {
        assertThat(jwk).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsKey("kid");
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode((String) jwk.get("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode((String) jwk.get("e")))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> verified(String jwt, PublicKey key) throws Exception {
        String[] parts = jwt.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature verifies").isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"RS256\"");
        return new ObjectMapper().readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
    }
}
