package io.releasetrain.maintenance.flags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request to set or clear one flag.
 *
 * @param set       true to set the flag, false to clear it
 * @param reason    why; kept in the audit trail and sent with the event
 * @param expiresAt optional, only when setting: an instant in the future when the flag clears by itself
 */
public record FlagChangeRequest(
        @NotNull Boolean set,
        @NotBlank @Size(max = ChangeCommand.MAX_REASON_LENGTH) String reason,
        Instant expiresAt) {
}
