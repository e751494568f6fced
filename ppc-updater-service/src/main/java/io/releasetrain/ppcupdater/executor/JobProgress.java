package io.releasetrain.ppcupdater.executor;

/**
 * How a job stands.
 *
 * @param state   where it is
 * @param buildId optional: its build, once known
 * @param url     optional: the build's web page
 * @param reason  for a failed job: why, in words a person acts on
 */
public record JobProgress(State state, String buildId, String url, String reason) {

    /** The states of a job. */
    public enum State {
        /** Accepted, no build yet (or the build has not started). */
        QUEUED,
        /** Its build runs. */
        RUNNING,
        /** Its build passed. */
        PASSED,
        /** It failed, errored, was cancelled, or the CI system refused to build it. */
        FAILED
    }

    public static JobProgress queued() {
        return new JobProgress(State.QUEUED, null, null, null);
    }
}
