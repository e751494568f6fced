package io.releasetrain.events.ci;

/** The CI systems the train reads builds from. */
public enum CiProvider {
    TRAVIS,
    GITHUB_ACTIONS
}
