package io.releasetrain.maintenance.window;

import io.releasetrain.maintenance.flags.ChangeCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request to book a maintenance window.
 *
 * @param cloudId  the PPC the window is for; give this or {@code orgId}
 * @param orgId    the organisation whose PPCs (those in the fleet when the window starts) it is for
 * @param startsAt when maintenance begins; a start already past begins it at the next sweep
 * @param endsAt   when it ends; after {@code startsAt} and in the future
 * @param reason   why
 */
public record WindowBookingRequest(
        @Size(min = 1, max = 64) String cloudId,
        @Size(min = 1, max = 64) String orgId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotBlank @Size(max = ChangeCommand.MAX_REASON_LENGTH) String reason) {
}
