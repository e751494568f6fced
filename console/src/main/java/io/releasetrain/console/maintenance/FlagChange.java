package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The body of {@code PUT /clouds/{id}/flags/{flag}} and {@code PUT /orgs/{id}/flags/{flag}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagChange(boolean set, String reason, Instant expiresAt) {
}
