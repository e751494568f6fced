package io.releasetrain.console.remote;

/** A body that is only a reason: cancelling a window, acting on a rollout or a promotion. */
public record Reason(String reason) {
}
