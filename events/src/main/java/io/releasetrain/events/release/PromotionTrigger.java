package io.releasetrain.events.release;

/** Why a promotion was started. */
public enum PromotionTrigger {
    /** The release calendar: nightly into staging, Tuesday afternoon into production. */
    SCHEDULE,
    /** Someone with the right on-call role asked for it. */
    MANUAL
}
