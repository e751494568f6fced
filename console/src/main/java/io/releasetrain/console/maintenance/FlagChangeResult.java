package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What maintenance-service did with a flag change; {@code message} says it in one sentence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagChangeResult(String changeId, String flag, boolean set, String actor, String message) {
}
