package io.releasetrain.ppcupdater.rollout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a person does what they do to a rollout; recorded with who. */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
