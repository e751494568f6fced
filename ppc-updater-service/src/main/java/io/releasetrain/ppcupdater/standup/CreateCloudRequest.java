package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.ppcupdater.registry.PpcNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to stand up a new PPC, named {@code <namePrefix>-ppc-<nameSuffix>}.
 *
 * @param namePrefix    the stack name prefix ({@code PULUMI_STACK_NAME_OVERRIDE}), e.g. {@code learningmachine}
 * @param nameSuffix    the suffix {@code create-ppc.sh} takes, e.g. {@code malta}
 * @param region        one of the configured regions ({@code releasetrain.standup.regions})
 * @param orgId         the organization it is to be attached to
 * @param credentialSet the name of the credential set in the CI's secret store the job deploys with
 * @param kind          optional: CUSTOMER (default) or SERVICE
 * @param environment   required for a SERVICE PPC: the environment it is updated with
 * @param ppcVersion    optional: the PPC version to install; the version production runs when absent
 * @param reason        optional: why, recorded with who
 */
public record CreateCloudRequest(
        @NotNull @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String namePrefix,
        @NotNull @Pattern(regexp = PpcNames.PART, message = PpcNames.PART_RULE) String nameSuffix,
        @NotBlank @Size(max = 64) String region,
        @NotBlank @Size(max = 64) String orgId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,100}", message = "must be the name of a credential set in the CI's "
                + "secret store (letters, digits, '_', '.', '-'), never the credentials") String credentialSet,
        PpcKind kind,
        @Size(min = 1, max = 64) String environment,
        @Pattern(regexp = "[A-Za-z0-9._+-]{1,100}", message = "must be a version such as v3.112.0") String ppcVersion,
        @Size(max = 500) String reason) {
}
