package io.releasetrain.events.ci;

import io.releasetrain.events.Require;

/**
 * One job of a CI build; part of {@link CiBuildStarted} and {@link CiBuildFinished}, not an event.
 *
 * @param jobId the CI system's id of the job
 * @param name  optional: the job's display name
 * @param state optional: the job's state as the CI system names it, e.g. {@code passed}
 */
public record CiJob(String jobId, String name, String state) {

    /** Validates that the job id is present. */
    public CiJob {
        Require.text(jobId, "jobId");
    }
}
