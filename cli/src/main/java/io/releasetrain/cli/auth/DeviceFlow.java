package io.releasetrain.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.Terminal;
import io.releasetrain.cli.output.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 device authorization grant (RFC 8628) against an OIDC provider: discovery, a device code,
 * the user approving it in a browser, and the token endpoint polled at the interval the provider asks for.
 */
final class DeviceFlow {

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final HttpClient http;
    private final Terminal terminal;
    private final String issuer;
    private final String clientId;
    private final String scope;

    DeviceFlow(HttpClient http, Terminal terminal, String issuer, String clientId, String scope) {
        this.http = http;
        this.terminal = terminal;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.scope = scope;
    }

    /** Runs the flow to its end and returns the token to send to the services. */
    String signIn() {
        JsonNode discovery = call(HttpRequest.newBuilder(uri(issuer + "/.well-known/openid-configuration")).GET());
        String deviceEndpoint = Json.text(discovery, "device_authorization_endpoint");
        String tokenEndpoint = Json.text(discovery, "token_endpoint");
        if (deviceEndpoint == null || tokenEndpoint == null) {
            throw CliFailure.refused("The identity provider " + issuer + " offers no device sign-in (its discovery "
                    + "document has no device_authorization_endpoint). Get a token another way and set RT_TOKEN.");
        }
        JsonNode device = call(form(deviceEndpoint, withClient(Map.of("scope", scope))));
        String verification = Json.text(device, "verification_uri_complete") != null
                ? Json.text(device, "verification_uri_complete") : Json.text(device, "verification_uri");
        terminal.err().println("To sign in, open " + verification + " and enter the code " + Json.text(device, "user_code"));
        terminal.err().flush();
        return poll(tokenEndpoint, device);
    }

    private String poll(String tokenEndpoint, JsonNode device) {
        Duration interval = Duration.ofSeconds(device.path("interval").asLong(5));
        Instant deadline = terminal.clock().instant().plusSeconds(device.path("expires_in").asLong(600));
        Map<String, String> fields = withClient(Map.of("grant_type", GRANT, "device_code", Json.text(device, "device_code")));
        while (terminal.clock().instant().isBefore(deadline)) {
            pause(interval);
            HttpResponse<String> response = send(form(tokenEndpoint, fields));
            JsonNode answer = Json.parse(response.body());
            if (response.statusCode() == 200) {
                String token = Json.text(answer, "access_token");
                return token != null ? token : Json.text(answer, "id_token");
            }
            String error = Json.text(answer, "error");
            if ("slow_down".equals(error)) {
                interval = interval.plusSeconds(5);
            } else if (!"authorization_pending".equals(error)) {
                throw CliFailure.refused(refusal(error, answer));
            }
        }
        throw CliFailure.refused("The sign-in code expired before it was approved. Run rt login again.");
    }

    private static String refusal(String error, JsonNode answer) {
        return switch (error == null ? "" : error) {
            case "access_denied" -> "Sign-in was denied in the browser. Run rt login again to retry.";
            case "expired_token" -> "The sign-in code expired before it was approved. Run rt login again.";
            default -> "The identity provider refused the sign-in: " + error
                    + (Json.text(answer, "error_description") != null ? " (" + Json.text(answer, "error_description") + ")" : "")
                    + ". Check oidc.client-id (rt config).";
        };
    }

    private Map<String, String> withClient(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("client_id", clientId);
        String secret = terminal.variable("RT_OIDC_CLIENT_SECRET");
        if (secret != null) {
            all.put("client_secret", secret);
        }
        return all;
    }

    private HttpRequest.Builder form(String endpoint, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(endpoint)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw CliFailure.refused("The identity provider answered " + response.statusCode() + " to "
                    + response.uri() + ": " + response.body() + ". Check oidc.issuer and oidc.client-id (rt config).");
        }
        return Json.parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw CliFailure.unreachable("The identity provider " + issuer + " could not be reached (" + e + ")."
                    + " Check oidc.issuer / RT_OIDC_ISSUER (rt config).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.refused("Interrupted while signing in.");
        }
    }

    private void pause(Duration interval) {
        try {
            terminal.pause().sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.refused("Interrupted while waiting for the sign-in to be approved.");
        }
    }

    private static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("Not a valid URL: " + text + ". Check oidc.issuer (rt config).");
        }
    }
}
