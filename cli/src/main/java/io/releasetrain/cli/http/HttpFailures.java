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

    /** What the caller knows to say: who may (403), what to do instead when refused (403), where to look (404). */
    record Hints(String whoMay, String whenForbidden, String whenMissing) {
    }

    static CliFailure of(Service service, String baseUrl, int status, JsonNode body, String token, Hints hints) {
        String message = message(body, status);
        String details = details(body);
        String name = service.displayName();
        return switch (status) {
            case 400, 422 -> CliFailure.refused(name + " refused the request: " + message + details
                    + "\nFix the arguments and run the command again (add --help to see them).");
            case 401 -> CliFailure.refused(notSignedIn(name, token, message));
            case 403 -> CliFailure.refused(forbidden(name, token, hints, message));
            case 404 -> CliFailure.refused(message + details + (hints.whenMissing() != null ? "\n" + hints.whenMissing() : ""));
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

    private static String forbidden(String service, String token, Hints hints, String message) {
        TokenClaims claims = TokenClaims.of(token);
        String who = claims == null ? "Your token lacks the role;" : "You are " + claims.describe() + ";";
        String rule = hints.whoMay() != null ? hints.whoMay() : message;
        String next = hints.whenForbidden() != null ? hints.whenForbidden()
                : "ask someone who has the role, or sign in with it (locally: rt login --dev ROLE).";
        return service + " refused: " + rule + "\n" + who + " " + next;
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
