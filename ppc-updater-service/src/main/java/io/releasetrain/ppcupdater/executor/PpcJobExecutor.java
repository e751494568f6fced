package io.releasetrain.ppcupdater.executor;

import java.util.Optional;

/**
 * Runs the jobs that change PPCs (update one, create one) on a CI system, and reports how they go. The
 * train never runs PPC tooling itself: the job runs with the versions and configuration it is given.
 *
 * <p>Implementations throw the {@code io.releasetrain.messaging.remote} exceptions: rejected (the job
 * will never start as asked), unavailable (try again later), rate limited.
 */
public interface PpcJobExecutor {

    /** Starts the job; returns as soon as the CI system accepted it. */
    JobHandle start(PpcJob job);

    /**
     * A job started earlier for {@code job}'s id, if the CI system knows one: asked before starting again
     * after a crash, so that a job is never started twice.
     */
    Optional<JobHandle> findStarted(PpcJob job);

    /** How the job stands now. */
    JobProgress progress(JobHandle handle);
}
