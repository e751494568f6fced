package io.releasetrain.ppcupdater.rollout.plan;

/** The states of a rollout. */
public enum RolloutPhase {
    /** Planned; waits for on-call to approve it. */
    AWAITING_APPROVAL,
    /** Planned, but another rollout is unfinished; starts when a person supersedes that one. */
    QUEUED,
    /** Updating PPCs, or baking between waves. */
    RUNNING,
    /** Stopped by a person; nothing new starts, updates already running finish. */
    PAUSED,
    /** Stopped by the failure budget; a person may resume, retry or skip. */
    HALTED,
    /** Every PPC settled but some failed: waits for retries or skips. */
    FINISHED,
    /** Every PPC updated or skipped by a person: the release is complete. */
    COMPLETED,
    /** Stopped for good by a person. */
    ABORTED,
    /** Replaced by a newer release's rollout, on request. */
    SUPERSEDED;

    /** Whether the rollout still has work ahead of it (it blocks another rollout from starting). */
    public boolean unfinished() {
        return this == AWAITING_APPROVAL || this == RUNNING || this == PAUSED || this == HALTED || this == FINISHED;
    }
}
