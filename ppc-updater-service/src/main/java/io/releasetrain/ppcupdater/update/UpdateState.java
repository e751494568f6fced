package io.releasetrain.ppcupdater.update;

/** Where one PPC job stands. */
public enum UpdateState {
    /** Planned; starts when its PPC is not in maintenance. */
    PENDING,
    /** Being handed to the CI system (a crash here is resolved by looking the job up before starting it again). */
    TRIGGERING,
    /** The CI job runs. */
    RUNNING,
    /** The job passed; the PPC's health is being checked. */
    CHECKING,
    SUCCEEDED,
    FAILED,
    /** A newer deployment's update replaced it before it started. */
    SUPERSEDED,
    /** Its rollout or stand-up was stopped before it started. */
    CANCELLED;

    /** Whether the update still has work ahead. */
    public boolean active() {
        return this == PENDING || this == TRIGGERING || this == RUNNING || this == CHECKING;
    }
}
