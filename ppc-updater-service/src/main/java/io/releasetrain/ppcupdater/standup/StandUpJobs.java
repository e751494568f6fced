package io.releasetrain.ppcupdater.standup;

import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.update.HealthStep;
import io.releasetrain.ppcupdater.update.JobParameters;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import io.releasetrain.ppcupdater.update.UpdateConfig;
import io.releasetrain.ppcupdater.update.UpdateOutcomes;
import io.releasetrain.ppcupdater.update.UpdateSettled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The stand-up's side of its create jobs, all in the update runner's transactions: what a job runs with
 * (region, credential set name, callback URL and a fresh single-use callback token), what a passed job
 * needs before it counts (its callback), and what a failed or timed-out one leaves (a FAILED PPC with the
 * job's URL).
 */
@ApplicationScoped
public class StandUpJobs implements JobParameters.JobExtras, HealthStep.JobPassedHandler {

    private final FleetRegistry registry;
    private final UpdateOutcomes outcomes;
    private final StandUpConfig config;
    private final UpdateConfig updates;
    private final Clock clock;

    StandUpJobs(FleetRegistry registry, UpdateOutcomes outcomes, StandUpConfig config, UpdateConfig updates, Clock clock) {
        this.registry = registry;
        this.outcomes = outcomes;
        this.config = config;
        this.updates = updates;
        this.clock = clock;
    }

    /**
     * A create job's parameters. Every start gets a token of its own, valid for the job's timeout: a start that
     * seemed to fail may have worked, and that job must still be able to call back.
     */
    @Override
    public Map<String, String> extrasFor(PpcUpdate update, Ppc ppc) {
        if (update.jobKind != JobKind.CREATE) {
            return Map.of();
        }
        StandUp standUp = StandUp.findById(ppc.cloudId);
        if (standUp == null || !update.updateId.equals(standUp.updateId)) {
            throw new IllegalStateException("create job " + update.updateId + " is not the current job of PPC " + ppc.name);
        }
        String token = CallbackTokens.mint();
        Instant now = clock.instant();
        StandUpCallback callback = new StandUpCallback();
        callback.tokenHash = CallbackTokens.hash(token);
        callback.cloudId = ppc.cloudId;
        callback.updateId = update.updateId;
        callback.createdAt = now;
        callback.expiresAt = now.plus(updates.jobTimeout());
        callback.persist();
        return Map.of("PPC_REGION", ppc.region, "PPC_CREDENTIALS", standUp.credentialSet,
                "RT_CALLBACK_URL", callbackUrl(ppc.cloudId), "RT_CALLBACK_TOKEN", token);
    }

    /** The build passed: the job counts once it has called back, within the grace. */
    @Override
    public void jobPassed(PpcUpdate update, Ppc ppc) {
        StandUp standUp = StandUp.findById(ppc.cloudId);
        Instant now = clock.instant();
        if (standUp == null || !update.updateId.equals(standUp.updateId) || standUp.reportedAt != null
                || ppc.status != PpcStatus.PROVISIONING) {
            outcomes.succeed(update, ppc);
            return;
        }
        if (standUp.jobPassedAt == null) {
            standUp.jobPassedAt = now;
        }
        if (now.isAfter(standUp.jobPassedAt.plus(config.callbackGrace()))) {
            outcomes.fail(update, ppc, "the create job passed but did not report the PPC's endpoint and access token "
                    + "within " + config.callbackGrace());
        } else {
            update.nextCheckAt = now.plus(updates.pollInterval());
        }
    }

    /** A create job ended: a failed or timed-out current job fails the stand-up. */
    void onSettled(@Observes UpdateSettled settled) {
        if (settled.kind() != JobKind.CREATE) {
            return;
        }
        StandUp standUp = StandUp.findById(settled.cloudId());
        if (standUp == null || !settled.updateId().equals(standUp.updateId)) {
            return;
        }
        if (settled.jobUrl() != null) {
            standUp.jobUrl = settled.jobUrl();
        }
        Ppc ppc = Ppc.findById(settled.cloudId());
        if (!settled.succeeded() && ppc.status == PpcStatus.PROVISIONING) {
            fail(ppc, standUp, settled.reason());
        }
    }

    /** The stand-up failed: the PPC is FAILED with why and where, and the job's callback is refused. */
    void fail(Ppc ppc, StandUp standUp, String reason) {
        PpcUpdate job = PpcUpdate.findById(standUp.updateId);
        if (standUp.jobUrl == null && job != null) {
            standUp.jobUrl = job.jobUrl;
        }
        String why = reason == null || reason.isBlank() ? "the create job failed" : reason;
        standUp.failureReason = why.length() > 1000 ? why.substring(0, 1000) : why;
        ppc.status = PpcStatus.FAILED;
        useUpCallbacks(standUp.updateId, clock.instant());
        registry.announce(ppc, "stand-up failed", StandUps.TRAIN,
                why + (standUp.jobUrl == null ? "" : " (job " + standUp.jobUrl + ")") + "; retry or cancel it");
    }

    /** Refuses every callback token of this job from now on. */
    static void useUpCallbacks(String updateId, Instant now) {
        if (updateId != null) {
            StandUpCallback.update("usedAt = ?1 where updateId = ?2 and usedAt is null", now, updateId);
        }
    }

    private String callbackUrl(String cloudId) {
        return config.publicUrl().replaceAll("/+$", "") + "/clouds/" + cloudId + "/callback";
    }
}
