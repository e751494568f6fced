package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What a create job reports to {@code POST /clouds/{cloudId}/callback}, authenticated by the single-use token
 * minted for that job: the PPC's endpoint and access token (the PPC becomes READY, waiting to be attached), or
 * why it failed (the PPC becomes FAILED). A wrong, used or expired token changes nothing.
 */
@ApplicationScoped
public class CreateJobReports {

    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(CreateJobReports.class);

    private final FleetRegistry registry;
    private final StandUpJobs jobs;
    private final AccessTokenVault vault;
    private final Outbox outbox;
    private final Clock clock;

    CreateJobReports(FleetRegistry registry, StandUpJobs jobs, AccessTokenVault vault, Outbox outbox, Clock clock) {
        this.registry = registry;
        this.jobs = jobs;
        this.vault = vault;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the job's report.
     *
     * @throws CallbackRefusedException when the token does not authenticate the current job of this PPC
     */
    @Transactional
    public void report(String cloudId, String authorization, CallbackRequest report) {
        StandUpCallback callback = validCallback(cloudId, authorization);
        requireComplete(report);
        Instant now = clock.instant();
        // The conditional update makes the token single-use even when two reports race.
        if (StandUpCallback.update("usedAt = ?1 where tokenHash = ?2 and usedAt is null", now, callback.tokenHash) != 1) {
            throw refused();
        }
        StandUpJobs.useUpCallbacks(callback.updateId, now);
        Ppc ppc = Ppc.findById(cloudId);
        StandUp standUp = StandUp.findById(cloudId);
        if (report.failed()) {
            LOG.infof("Create job %s of PPC %s reported a failure: %s", callback.updateId, ppc.name, report.error());
            jobs.fail(ppc, standUp, "the create job reported: " + report.error());
            return;
        }
        // The report is logged by its endpoint only: the access token never reaches a log.
        LOG.infof("Create job %s of PPC %s reported endpoint %s; the PPC waits to be attached", callback.updateId,
                ppc.name, report.endpoint());
        vault.store(cloudId, report.accessToken());
        ppc.endpoint = report.endpoint();
        ppc.status = PpcStatus.READY;
        standUp.reportedAt = now;
        registry.announce(ppc, "stand-up finished", StandUps.TRAIN,
                "the create job reported the PPC's endpoint; it waits for an org admin to attach it");
        outbox.publish(new PpcRegistered(ppc.cloudId, ppc.name, ppc.orgId, ppc.kind, ppc.environment, ppc.endpoint));
    }

    private StandUpCallback validCallback(String cloudId, String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            throw new CallbackRefusedException("the callback needs Authorization: Bearer <RT_CALLBACK_TOKEN>");
        }
        StandUpCallback callback = StandUpCallback.findById(CallbackTokens.hash(authorization.substring(BEARER.length())));
        if (callback == null || !callback.cloudId.equals(cloudId) || callback.usedAt != null
                || clock.instant().isAfter(callback.expiresAt)) {
            throw refused();
        }
        StandUp standUp = StandUp.findById(cloudId);
        Ppc ppc = Ppc.findById(cloudId);
        if (standUp == null || ppc == null || !callback.updateId.equals(standUp.updateId)
                || ppc.status != PpcStatus.PROVISIONING) {
            throw refused();
        }
        return callback;
    }

    private static void requireComplete(CallbackRequest report) {
        if (report == null) {
            throw new InvalidRequestException("body", "must be {\"endpoint\",\"accessToken\"} or {\"error\"}");
        }
        if (!report.failed() && (report.endpoint() == null || report.accessToken() == null)) {
            throw new InvalidRequestException(report.endpoint() == null ? "endpoint" : "accessToken",
                    "is required unless the job reports an error");
        }
    }

    private static CallbackRefusedException refused() {
        // One answer for every bad token, so a caller learns nothing about which tokens exist.
        return new CallbackRefusedException("the callback token is not valid for the current create job of this PPC "
                + "(wrong, already used, or expired)");
    }

    /** The callback is not authenticated; answered with 401. */
    public static final class CallbackRefusedException extends RuntimeException {
        CallbackRefusedException(String message) {
            super(message);
        }
    }
}
