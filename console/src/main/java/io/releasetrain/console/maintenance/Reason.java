package io.releasetrain.console.maintenance;

/** The body of {@code POST /maintenance-windows/{id}/cancel}. */
public record Reason(String reason) {
}
