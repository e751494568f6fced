package io.releasetrain.notifier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sends a dead message back to its channel's queue.
 *
 * @param reason why it is retried, e.g. "bot invited to the channel"; recorded with who asked
 */
public record RetryRequest(@NotBlank @Size(max = 500) String reason) {
}
