package io.releasetrain.events.ci;

/** What triggered a CI build. */
public enum BuildType {
    /** A push to a branch. */
    PUSH,
    /** A pull request was opened or updated. */
    PULL_REQUEST,
    /** Someone (or the train) requested the build through the CI system's API. */
    API,
    /** A scheduled build. */
    CRON
}
