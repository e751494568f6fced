package io.releasetrain.console.fleet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the Fleet page is narrowed to; blank fields match everything.
 *
 * @param text        part of the name or cloud id, any case
 * @param kind        {@code SERVICE} or {@code CUSTOMER}
 * @param orgId       the organisation
 * @param environment the environment a service PPC is attached to
 * @param version     the version it runs
 * @param status      the registry's status, e.g. {@code ATTACHED}
 * @param flag        {@code maintenance}, {@code health-check-opt-out} or {@code none} (neither)
 */
public record FleetFilter(String text, String kind, String orgId, String environment, String version, String status,
        String flag) {

    public FleetFilter {
        text = trimmed(text);
        kind = trimmed(kind);
        orgId = trimmed(orgId);
        environment = trimmed(environment);
        version = trimmed(version);
        status = trimmed(status);
        flag = trimmed(flag);
    }

    /** Whether {@code ppc} passes. */
    public boolean matches(Ppc ppc) {
        return (text.isEmpty() || contains(ppc.name(), text) || contains(ppc.cloudId(), text))
                && (kind.isEmpty() || kind.equalsIgnoreCase(ppc.kind()))
                && (orgId.isEmpty() || orgId.equals(ppc.orgId()))
                && (environment.isEmpty() || environment.equals(ppc.environment()))
                && (version.isEmpty() || version.equals(ppc.version()))
                && (status.isEmpty() || status.equalsIgnoreCase(ppc.status()))
                && flagMatches(ppc);
    }

    /** The filter as a query string, for the live refresh of the same view. */
    public String query() {
        return "text=" + encode(text) + "&kind=" + encode(kind) + "&orgId=" + encode(orgId) + "&environment="
                + encode(environment) + "&version=" + encode(version) + "&status=" + encode(status) + "&flag=" + encode(flag);
    }

    private boolean flagMatches(Ppc ppc) {
        return switch (flag) {
            case "maintenance" -> ppc.maintenance();
            case "health-check-opt-out" -> ppc.healthCheckOptOut();
            case "none" -> !ppc.maintenance() && !ppc.healthCheckOptOut();
            default -> true;
        };
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
