package io.releasetrain.ppcupdater.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A PPC's whole new configuration: it replaces the current version.
 *
 * @param values     plain settings
 * @param secretRefs secrets, as names in the CI's secret store; never values
 * @param reason     why, recorded with who
 */
public record ConfigChangeRequest(Map<String, String> values, Map<String, String> secretRefs,
        @NotBlank @Size(max = 500) String reason) {
}
