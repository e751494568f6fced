package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ppc.PpcKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to add a PPC to the fleet and attach it to an organization.
 *
 * @param cloudId     optional: the PPC's existing cloud id; a new one is generated when absent
 * @param environment required for a SERVICE PPC: the environment it is updated with
 * @param endpoint    optional: the PPC's API endpoint, used for health checks
 * @param namePrefix  the stack name prefix; taken from {@code name} (before {@code -ppc-}) when absent, and required
 *                    when the name does not have the form {@code <prefix>-ppc-<suffix>}
 * @param nameSuffix  the suffix the update script takes; taken from {@code name} when absent, required likewise
 * @param region      optional: the cloud region it runs in
 * @param version     optional: the PPC version it runs now
 * @param healthPath  optional: its health path, when not the configured default
 */
public record RegisterPpcRequest(
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be 1 to 64 letters, digits or dashes") String cloudId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String orgId,
        @NotNull PpcKind kind,
        @Size(max = 64) String environment,
        @Pattern(regexp = "https?://.{1,490}", message = "must be an http(s) URL") String endpoint,
        @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String namePrefix,
        @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String nameSuffix,
        @Pattern(regexp = PpcNames.REGION, message = PpcNames.REGION_RULE) String region,
        @Size(max = 100) String version,
        @Pattern(regexp = PpcNames.HEALTH_PATH, message = PpcNames.HEALTH_PATH_RULE) String healthPath) {
}
