package io.releasetrain.notifier.delivery;

/** What one turn of the sender on a channel did. */
public enum Step {
    /** A message reached Slack. */
    SENT,
    /** A message was settled without a call: superseded, or its thread head never made it. */
    SKIPPED,
    /** Slack refused a message for good; it is dead, with the reason. */
    DEAD,
    /** Slack could not take the message now; it waits for its next attempt, and the channel with it. */
    RETRY,
    /** The channel's next message is not due yet (rate limit, Retry-After, backoff). */
    WAITING,
    /** Nothing to send on the channel. */
    IDLE,
    /** Another sender, here or on another instance, holds the channel. */
    BUSY;

    /** Whether the sender should go straight on to the channel's next message. */
    boolean goOn() {
        return this == SENT || this == SKIPPED || this == DEAD;
    }
}
