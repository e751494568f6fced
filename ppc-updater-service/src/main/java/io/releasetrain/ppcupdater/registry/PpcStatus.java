package io.releasetrain.ppcupdater.registry;

/** Where a PPC stands in the fleet. Only {@link #ATTACHED} PPCs are updated. */
public enum PpcStatus {
    /** Its create job runs. */
    PROVISIONING,
    /** Created, with an endpoint and access token, but not attached to its organization yet. */
    READY,
    /** Attached to its organization and updated by the train. */
    ATTACHED,
    /** Taken off its organization; not updated. */
    DETACHED,
    /** Its create job failed or timed out; may be retried or cancelled. */
    FAILED,
    /** Its stand-up was cancelled. */
    CANCELLED,
    /** Left the fleet for good. */
    RETIRED
}
