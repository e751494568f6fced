package io.releasetrain.maintenance.window;

import io.releasetrain.maintenance.flags.ChangeCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to cancel a maintenance window.
 *
 * @param reason why; kept with the window and sent with the event
 */
public record CancelWindowRequest(@NotBlank @Size(max = ChangeCommand.MAX_REASON_LENGTH) String reason) {
}
