package io.releasetrain.ppcupdater.update;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hears the end of API-triggered Travis builds on {@code ci-events} and hands the result to the update
 * that runs the build, so the runner acts on it at once instead of at its next poll. A result for a
 * build no update knows yet (the runner has not seen the build) is kept until it does.
 */
@ApplicationScoped
public class CiBuildListener {

    static final String CONSUMER = "ppc-updater.ci-builds";

    private final Inbox inbox;
    private final Clock clock;

    CiBuildListener(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("ci-events")
    public CompletionStage<Void> onCiEvent(Message<String> message) {
        return inbox.deliver(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        // Started builds and builds of pushes, pull requests and cron are skipped on purpose: PPC jobs are API builds.
        if (envelope.event() instanceof CiBuildFinished finished
                && finished.provider() == CiProvider.TRAVIS && finished.buildType() == BuildType.API) {
            record(finished);
        }
    }

    private void record(CiBuildFinished finished) {
        int matched = PpcUpdate.update("buildResult = ?1, jobUrl = coalesce(jobUrl, ?2), nextCheckAt = ?3 "
                + "where buildId = ?4 and state = ?5", finished.result().name(), finished.url(), clock.instant(),
                finished.buildId(), UpdateState.RUNNING);
        if (matched == 0 && CiBuildOutcome.findById(finished.buildId()) == null) {
            CiBuildOutcome outcome = new CiBuildOutcome();
            outcome.buildId = finished.buildId();
            outcome.result = finished.result().name();
            outcome.url = finished.url();
            outcome.receivedAt = clock.instant();
            outcome.persist();
        }
    }
}
