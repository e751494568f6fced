package io.releasetrain.ppcupdater.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a PPC's registry entry; absent fields stay as they are.
 *
 * @param reason required: why, recorded with who
 */
public record ChangePpcRequest(
        @Pattern(regexp = "https?://.{1,490}", message = "must be an http(s) URL") String endpoint,
        @Pattern(regexp = PpcNames.REGION, message = PpcNames.REGION_RULE) String region,
        @Size(min = 1, max = 64) String environment,
        @Size(min = 1, max = 100) String version,
        @Pattern(regexp = PpcNames.HEALTH_PATH, message = PpcNames.HEALTH_PATH_RULE) String healthPath,
        @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String namePrefix,
        @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String nameSuffix,
        @NotBlank @Size(max = 500) String reason) {
}
