package io.releasetrain.console.fleet;

import java.util.Locale;

/**
 * What the Fleet page is narrowed to; blank fields match everything.
 *
 * @param text        part of the name or cloud id, any case
 * @param kind        {@code SERVICE} or {@code CUSTOMER}
 * @param orgId       the organisation
 * @param environment the environment a service PPC is attached to
 * @param status      {@code active}, {@code maintenance}, {@code opted-out}, {@code pending} or {@code retired}
 */
public record FleetFilter(String text, String kind, String orgId, String environment, String status) {

    public FleetFilter {
        text = trimmed(text);
        kind = trimmed(kind);
        orgId = trimmed(orgId);
        environment = trimmed(environment);
        status = trimmed(status);
    }

    /** Whether {@code row} passes. */
    public boolean matches(FleetRow row) {
        Ppc ppc = row.ppc();
        return (text.isEmpty() || contains(ppc.name(), text) || contains(ppc.cloudId(), text))
                && (kind.isEmpty() || kind.equalsIgnoreCase(ppc.kind()))
                && (orgId.isEmpty() || orgId.equals(ppc.orgId()))
                && (environment.isEmpty() || environment.equals(ppc.environment()))
                && (status.isEmpty() || status.equals(row.status()));
    }

    /** The filter as a query string, for the live refresh of the same view. */
    public String query() {
        return "text=" + encode(text) + "&kind=" + encode(kind) + "&orgId=" + encode(orgId)
                + "&environment=" + encode(environment) + "&status=" + encode(status);
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
