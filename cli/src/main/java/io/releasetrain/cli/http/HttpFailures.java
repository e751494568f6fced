package io.releasetrain.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.auth.TokenClaims;
import io.releasetrain.cli.config.Settings;
import io.releasetrain.cli.output.Json;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a service's error answer (the shared {@code ApiError}: status, error, message, details) into a message
 * that says what happened and what to do next, with the exit code that goes with it.
 */
final class HttpFailures {

    private HttpFailures() {
    }

    static CliFailure unreachable(Service service, String baseUrl, IOException cause) {
        String what = cause instanceof HttpTimeoutException ? "did not answer in time" : "could not be reached";
        return CliFailure.unreachable(service.displayName() + " at " + baseUrl + " " + what + " ("
                + describe(cause) + ").\nIs it running? Locally: scripts/run-local.sh. Elsewhere set "
                + Settings.environmentName(service.setting()) + " or " + service.setting() + " in the config file"
                + " (rt config shows where each URL comes from).", cause);
    }

    static CliFailure of(Service service, String baseUrl, int status, JsonNode body, String token, String whoMay,
            String whenMissing) {
        String message = message(body, status);
        String details = details(body);
        String name = service.displayName();
        return switch (status) {
            case 400, 422 -> CliFailure.refused(name + " refused the request: " + message + details
                    + "\nFix the arguments and run the command again (add --help to see them).");
            case 401 -> CliFailure.refused(notSignedIn(name, token, message));
            case 403 -> CliFailure.refused(forbidden(name, token, whoMay, message));
            case 404 -> CliFailure.refused(message + details + (whenMissing != null ? "\n" + whenMissing : ""));
            case 409 -> CliFailure.refused(name + " refused: " + message + details);
            case 502, 503, 504 -> CliFailure.unreachable(name + " at " + baseUrl + " is unavailable (" + status + ": "
                    + message + ").\nTry again in a minute; its health is at " + baseUrl + "/q/health.", null);
            default -> CliFailure.refused(name + " answered " + status + ": " + message + details
                    + (status >= 500 ? "\nThis is a fault of the service: its log has the details." : ""));
        };
    }

    private static String notSignedIn(String service, String token, String message) {
        if (token == null) {
            return "You are not signed in. Run rt login (locally: rt login --dev ROLE), or set RT_TOKEN.";
        }
        return service + " did not accept your token (" + message + "): it has expired or comes from an issuer "
                + "the service does not trust.\nSign in again: rt login (locally: rt login --dev ROLE), or set RT_TOKEN.";
    }

    private static String forbidden(String service, String token, String whoMay, String message) {
        TokenClaims claims = TokenClaims.of(token);
        String who = claims == null ? "Your token" : "You are " + claims.describe() + ";";
        String rule = whoMay != null ? whoMay : message;
        return service + " refused: " + rule + "\n" + who + " ask someone who has the role, or sign in with it"
                + " (locally: rt login --dev ROLE).";
    }

    private static String message(JsonNode body, int status) {
        String message = body.isObject() ? Json.text(body, "message") : null;
        if (message != null) {
            return message;
        }
        return body.isTextual() && !body.asText().isBlank() ? body.asText().strip() : "HTTP " + status;
    }

    private static String details(JsonNode body) {
        List<String> lines = new ArrayList<>();
        body.path("details").forEach(detail -> lines.add("  - " + detail.asText()));
        return lines.isEmpty() ? "" : "\n" + String.join("\n", lines);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        return root.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }
}
