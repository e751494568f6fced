package io.releasetrain.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.output.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Calls one service's REST API with the user's bearer token. Every answer comes back as a JSON tree; every
 * failure becomes a {@link CliFailure} whose message says what to do next (see {@link HttpFailures}).
 */
public final class ServiceClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Service service;
    private final String baseUrl;
    private final Supplier<String> token;
    private final HttpClient http;

    public ServiceClient(Service service, String baseUrl, Supplier<String> token, HttpClient http) {
        this.service = service;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.http = http;
    }

    /** The service this client calls. */
    public Service service() {
        return service;
    }

    /** Its base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A GET of {@code path} (path segments already encoded with {@link #segment}). */
    public Call get(String path) {
        return new Call("GET", path, null);
    }

    /** A POST of {@code body} (any Jackson-writable value) to {@code path}. */
    public Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    /** A PUT of {@code body} to {@code path}. */
    public Call put(String path, Object body) {
        return new Call("PUT", path, body);
    }

    /** A PATCH of {@code body} to {@code path}. */
    public Call patch(String path, Object body) {
        return new Call("PATCH", path, body);
    }

    /** A DELETE of {@code path}. */
    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    /** Percent-encodes one path segment. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One request, with what to tell the user when it is refused. */
    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> query = new LinkedHashMap<>();
        private String whoMay;
        private String whenForbidden;
        private String whenMissing;

        private Call(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        /** Adds a query parameter; a null value is left out. */
        public Call query(String name, Object value) {
            if (value != null) {
                query.put(name, value.toString());
            }
            return this;
        }

        /** Which roles may do this, and what to do without them; said on a 403. */
        public Call whoMay(String text) {
            this.whoMay = text;
            return this;
        }

        /** What to do instead when refused for a missing role; said on a 403 in place of "ask someone who has it". */
        public Call whenForbidden(String text) {
            this.whenForbidden = text;
            return this;
        }

        /** What to do when the thing asked about does not exist; said on a 404. */
        public Call whenMissing(String text) {
            this.whenMissing = text;
            return this;
        }

        /** Sends the request; the answer's JSON (a missing node for an empty answer). */
        public JsonNode send() {
            return answer(exchange());
        }

        /** Sends the request; null when the service answers 404, the answer's JSON otherwise. */
        public JsonNode sendIfFound() {
            HttpResponse<String> response = exchange();
            return response.statusCode() == 404 ? null : answer(response);
        }

        private JsonNode answer(HttpResponse<String> response) {
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                return Json.parse(response.body());
            }
            throw HttpFailures.of(service, baseUrl, response.statusCode(), Json.parse(response.body()), token.get(),
                    new HttpFailures.Hints(whoMay, whenForbidden, whenMissing));
        }

        private HttpResponse<String> exchange() {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri()).timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json");
            String bearer = token.get();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw HttpFailures.unreachable(service, baseUrl, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CliFailure.refused("Interrupted while waiting for " + service.displayName());
            }
        }

        private URI uri() {
            String queryString = query.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try {
                return URI.create(baseUrl + path + (queryString.isEmpty() ? "" : "?" + queryString));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("Not a valid URL: " + baseUrl + path + ". Check " + service.setting()
                        + " (rt config).");
            }
        }
    }
}
