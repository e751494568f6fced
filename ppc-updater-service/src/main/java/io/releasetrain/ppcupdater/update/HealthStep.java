package io.releasetrain.ppcupdater.update;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.health.HealthConfig;
import io.releasetrain.ppcupdater.health.HealthVerdict;
import io.releasetrain.ppcupdater.health.PpcHealthClient;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;

/**
 * After an update job passed: the PPC's health is checked (unless it opted out with flag 0x2), up to the
 * configured number of times, one check per step so no thread waits between them. A create job that
 * passed is finished by its {@link JobPassedHandler} (the stand-up waits for the job's callback).
 */
@ApplicationScoped
public class HealthStep {

    private final PpcHealthClient health;
    private final HealthConfig config;
    private final UpdateOutcomes outcomes;
    private final Instance<JobPassedHandler> createHandlers;
    private final Clock clock;

    HealthStep(PpcHealthClient health, HealthConfig config, UpdateOutcomes outcomes,
            Instance<JobPassedHandler> createHandlers, Clock clock) {
        this.health = health;
        this.config = config;
        this.outcomes = outcomes;
        this.createHandlers = createHandlers;
        this.clock = clock;
    }

    /** The job passed: on to the health check, or done. In the caller's transaction. */
    void afterJobPassed(PpcUpdate update, Ppc ppc) {
        if (update.jobKind == JobKind.CREATE) {
            createHandlers.forEach(handler -> handler.jobPassed(update, ppc));
            return;
        }
        if (ppc.healthCheckOptOut()) {
            outcomes.succeed(update, ppc);
            return;
        }
        if (ppc.endpoint == null) {
            outcomes.fail(update, ppc, "the job passed, but PPC " + ppc.name + " has no endpoint to check its health at");
            return;
        }
        update.state = UpdateState.CHECKING;
        update.healthAttempts = 0;
        update.nextCheckAt = clock.instant();
    }

    void check(String updateId) {
        String url = QuarkusTransaction.requiringNew().call(() -> {
            PpcUpdate update = PpcUpdate.findById(updateId);
            Ppc ppc = Ppc.findById(update.cloudId);
            if (ppc.healthCheckOptOut()) {
                outcomes.succeed(update, ppc);
                return null;
            }
            return health.healthUrl(ppc.endpoint, ppc.healthPath);
        });
        if (url == null) {
            return;
        }
        HealthVerdict verdict = health.check(url);
        QuarkusTransaction.requiringNew().run(() -> {
            PpcUpdate update = PpcUpdate.findById(updateId);
            Ppc ppc = Ppc.findById(update.cloudId);
            update.healthAttempts++;
            if (verdict.healthy()) {
                outcomes.succeed(update, ppc);
            } else if (update.healthAttempts >= config.attempts()) {
                outcomes.fail(update, ppc, verdict.reason() + " (" + update.healthAttempts + " checks)");
            } else {
                update.nextCheckAt = clock.instant().plus(config.interval());
            }
        });
    }

    /** What finishes a create job that passed. */
    public interface JobPassedHandler {
        /** In the runner's transaction. */
        void jobPassed(PpcUpdate update, Ppc ppc);
    }
}
