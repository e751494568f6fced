package io.releasetrain.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.output.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a bearer token says about its holder, read without verifying it (the services verify it): only for
 * telling the user who they are signed in as and which roles they have.
 *
 * @param subject   {@code upn}, else {@code preferred_username}, else {@code sub}
 * @param roles     the {@code groups} claim
 * @param issuer    {@code iss}
 * @param expiresAt {@code exp}, or null
 */
public record TokenClaims(String subject, List<String> roles, String issuer, Instant expiresAt) {

    /** The claims of a JWT, or null when the token is not a readable JWT. */
    public static TokenClaims of(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonNode payload;
        try {
            payload = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!payload.isObject()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        payload.path("groups").forEach(group -> roles.add(group.asText()));
        String subject = first(payload, "upn", "preferred_username", "sub");
        Instant exp = payload.hasNonNull("exp") ? Instant.ofEpochSecond(payload.get("exp").asLong()) : null;
        return new TokenClaims(subject, List.copyOf(roles), Json.text(payload, "iss"), exp);
    }

    /** The claims as JSON for {@code --output json}: subject, roles, issuer, expiresAt (ISO-8601). */
    public ObjectNode toJson() {
        ObjectNode json = Json.object().put("subject", subject);
        roles.forEach(json.putArray("roles")::add);
        json.put("issuer", issuer).put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return json;
    }

    /** Whether the token has run out at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** "alice@example.com with roles oncall-primary" for messages. */
    public String describe() {
        return (subject == null ? "an unnamed caller" : subject)
                + (roles.isEmpty() ? " with no roles" : " with roles " + String.join(", ", roles));
    }

    private static String first(JsonNode payload, String... fields) {
        for (String field : fields) {
            String value = Json.text(payload, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
