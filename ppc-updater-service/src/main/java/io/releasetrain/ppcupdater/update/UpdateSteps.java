package io.releasetrain.ppcupdater.update;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.ppcupdater.executor.JobHandle;
import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.executor.JobProgress;
import io.releasetrain.ppcupdater.executor.PpcJob;
import io.releasetrain.ppcupdater.executor.PpcJobExecutor;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One step of one PPC job, by its state. Calls to the CI system happen between transactions; what they
 * answered is written in the next one.
 */
@ApplicationScoped
public class UpdateSteps {

    private final PpcJobExecutor executor;
    private final JobParameters parameters;
    private final UpdateOutcomes outcomes;
    private final HealthStep health;
    private final UpdateConfig config;
    private final Clock clock;

    UpdateSteps(PpcJobExecutor executor, JobParameters parameters, UpdateOutcomes outcomes, HealthStep health,
            UpdateConfig config, Clock clock) {
        this.executor = executor;
        this.parameters = parameters;
        this.outcomes = outcomes;
        this.health = health;
        this.config = config;
        this.clock = clock;
    }

    void step(String updateId) {
        PpcUpdate update = QuarkusTransaction.requiringNew().call(() -> PpcUpdate.<PpcUpdate>findById(updateId));
        switch (update.state) {
            case PENDING, TRIGGERING -> trigger(updateId);
            case RUNNING -> follow(updateId);
            case CHECKING -> health.check(updateId);
            default -> { }
        }
    }

    private void trigger(String updateId) {
        Optional<PpcJob> job = QuarkusTransaction.requiringNew().call(() -> claimForTrigger(updateId));
        if (job.isEmpty()) {
            return;
        }
        boolean triedBefore = QuarkusTransaction.requiringNew().call(() ->
                PpcUpdate.<PpcUpdate>findById(updateId).triggerAttempts > 1);
        try {
            JobHandle handle = triedBefore ? executor.findStarted(job.get()).orElse(null) : null;
            JobHandle started = handle != null ? handle : executor.start(job.get());
            QuarkusTransaction.requiringNew().run(() -> running(updateId, started));
        } catch (RemoteRejectedException | RemoteNotFoundException e) {
            settle(updateId, false, "the CI system refused to start the job: " + e.getMessage());
        } catch (RemoteRateLimitedException e) {
            retryLater(updateId, e.retryAt(), e.getMessage());
        } catch (RemoteUnavailableException e) {
            retryLater(updateId, clock.instant().plus(config.retryDelay()), e.getMessage());
        }
    }

    /** PENDING or TRIGGERING to TRIGGERING, counting the attempt; empty when the job must wait or failed. */
    private Optional<PpcJob> claimForTrigger(String updateId) {
        PpcUpdate update = PpcUpdate.findById(updateId);
        Ppc ppc = Ppc.findById(update.cloudId);
        if (update.jobKind == JobKind.UPDATE && (ppc.inMaintenance() || ppc.status != PpcStatus.ATTACHED)) {
            // Waits, without counting an attempt, until its PPC leaves maintenance (or is attached again).
            update.nextCheckAt = clock.instant().plus(config.pollInterval());
            return Optional.empty();
        }
        try {
            PpcJob job = parameters.jobFor(update, ppc);
            update.state = UpdateState.TRIGGERING;
            update.triggerAttempts++;
            update.updatedAt = clock.instant();
            return Optional.of(job);
        } catch (IllegalStateException e) {
            outcomes.fail(update, ppc, e.getMessage());
            return Optional.empty();
        }
    }

    private void running(String updateId, JobHandle handle) {
        PpcUpdate update = PpcUpdate.findById(updateId);
        Instant now = clock.instant();
        update.requestId = handle.requestId();
        update.buildId = handle.buildId();
        update.jobUrl = handle.url();
        update.state = UpdateState.RUNNING;
        update.deadline = now.plus(config.jobTimeout());
        update.nextCheckAt = now;
        update.updatedAt = now;
    }

    private void retryLater(String updateId, Instant at, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            PpcUpdate update = PpcUpdate.findById(updateId);
            if (update.triggerAttempts >= config.maxTriggerAttempts()) {
                outcomes.fail(update, Ppc.findById(update.cloudId), "could not start the CI job after "
                        + update.triggerAttempts + " attempts: " + problem);
                return;
            }
            update.nextCheckAt = at;
        });
    }

    private void follow(String updateId) {
        PpcUpdate known = QuarkusTransaction.requiringNew().call(() -> withHeardResult(updateId));
        JobProgress progress;
        if (known.buildResult != null) {
            progress = heard(known);
        } else {
            try {
                progress = executor.progress(new JobHandle(known.requestId, known.buildId, known.jobUrl));
            } catch (RemoteRejectedException | RemoteNotFoundException e) {
                progress = new JobProgress(JobProgress.State.FAILED, known.buildId, known.jobUrl,
                        "the CI system no longer shows the job: " + e.getMessage());
            } catch (RemoteUnavailableException | RemoteRateLimitedException e) {
                progress = JobProgress.queued();
            }
        }
        JobProgress result = progress;
        QuarkusTransaction.requiringNew().run(() -> advance(updateId, result));
    }

    /** The update, with a result ci-events reported for its build before the build was matched. */
    private PpcUpdate withHeardResult(String updateId) {
        PpcUpdate update = PpcUpdate.findById(updateId);
        if (update.buildResult == null && update.buildId != null) {
            CiBuildOutcome outcome = CiBuildOutcome.findById(update.buildId);
            if (outcome != null) {
                update.buildResult = outcome.result;
                update.jobUrl = update.jobUrl != null ? update.jobUrl : outcome.url;
                outcome.delete();
            }
        }
        return update;
    }

    private static JobProgress heard(PpcUpdate update) {
        return "PASSED".equals(update.buildResult)
                ? new JobProgress(JobProgress.State.PASSED, update.buildId, update.jobUrl, null)
                : new JobProgress(JobProgress.State.FAILED, update.buildId, update.jobUrl,
                        "CI build " + update.buildId + " " + update.buildResult.toLowerCase(java.util.Locale.ROOT));
    }

    private void advance(String updateId, JobProgress progress) {
        PpcUpdate update = PpcUpdate.findById(updateId);
        Ppc ppc = Ppc.findById(update.cloudId);
        Instant now = clock.instant();
        if (progress.buildId() != null && update.buildId == null) {
            update.buildId = progress.buildId();
            update.jobUrl = progress.url();
        }
        if (update.buildId != null) {
            outcomes.announceStart(update, ppc);
        }
        switch (progress.state()) {
            case PASSED -> health.afterJobPassed(update, ppc);
            case FAILED -> outcomes.fail(update, ppc, progress.reason());
            default -> {
                if (now.isAfter(update.deadline)) {
                    outcomes.fail(update, ppc, "the CI job reported no result within " + config.jobTimeout());
                } else {
                    update.nextCheckAt = now.plus(config.pollInterval());
                }
            }
        }
    }

    /** Settles a job in its own transaction. */
    private void settle(String updateId, boolean succeeded, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            PpcUpdate update = PpcUpdate.findById(updateId);
            Ppc ppc = Ppc.findById(update.cloudId);
            if (succeeded) {
                outcomes.succeed(update, ppc);
            } else {
                outcomes.fail(update, ppc, reason);
            }
        });
    }
}
