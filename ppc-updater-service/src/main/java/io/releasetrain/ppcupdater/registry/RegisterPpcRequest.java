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
 */
public record RegisterPpcRequest(
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be 1 to 64 letters, digits or dashes") String cloudId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String orgId,
        @NotNull PpcKind kind,
        @Size(max = 64) String environment,
        @Pattern(regexp = "https?://.{1,490}", message = "must be an http(s) URL") String endpoint) {
}
