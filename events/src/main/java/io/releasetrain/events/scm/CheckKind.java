package io.releasetrain.events.scm;

/** Whether a finished check is a whole check suite or one check run in it. */
public enum CheckKind {
    SUITE,
    RUN
}
