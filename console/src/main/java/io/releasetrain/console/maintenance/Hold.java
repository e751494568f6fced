package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** Why a flag is on: who set it, why, when, until when, through which window. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Hold(String flag, String setBy, String reason, Instant setAt, Instant expiresAt, String windowId) {
}
