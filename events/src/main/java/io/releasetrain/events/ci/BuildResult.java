package io.releasetrain.events.ci;

/** How a CI build ended. */
public enum BuildResult {
    /** Every job passed. */
    PASSED,
    /** A job's tests or checks failed. */
    FAILED,
    /** A job broke before its tests could decide, e.g. in install or set-up. */
    ERRORED,
    /** Someone or something cancelled the build. */
    CANCELED
}
