package io.releasetrain.console.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A PPC as ppc-updater-service's fleet registry lists it ({@code GET /ppcs}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ppc(String cloudId, String name, String orgId, String kind, String environment, String endpoint,
        String registeredBy, Instant registeredAt) {
}
