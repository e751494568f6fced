package io.releasetrain.events.release;

/** Why a slot of the release calendar started no promotion. */
public enum TriggerSkipReason {
    /** The target already contains the candidate, or no candidate passed what it must. */
    NOTHING_TO_PROMOTE,
    /** Another promotion into the target is still in flight. */
    PROMOTION_IN_FLIGHT,
    /** A freeze window covers the target at the slot. */
    FROZEN,
    /** GitHub could not be asked for the candidate within the grace period. */
    CANDIDATE_UNKNOWN
}
