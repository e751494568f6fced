package io.releasetrain.ppcupdater.rollout.plan;

/** Where one PPC of a rollout stands. */
public enum PpcProgress {
    /** Not started yet (or waiting for its PPC to leave maintenance, or for a retry). */
    PENDING,
    /** Its update job runs or its health is being checked. */
    UPDATING,
    /** Updated, and healthy unless it opted out of health checks. */
    SUCCEEDED,
    /** Its update failed; a person may retry or skip it. */
    FAILED,
    /** A person decided it is not updated in this rollout. */
    SKIPPED;

    /** Whether nothing more happens to the PPC in this rollout unless a person acts. */
    public boolean settled() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }
}
