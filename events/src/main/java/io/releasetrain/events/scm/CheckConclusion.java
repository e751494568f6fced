package io.releasetrain.events.scm;

/** How a GitHub check suite or check run ended. */
public enum CheckConclusion {
    SUCCESS,
    FAILURE,
    NEUTRAL,
    CANCELLED,
    SKIPPED,
    TIMED_OUT,
    ACTION_REQUIRED,
    STALE
}
