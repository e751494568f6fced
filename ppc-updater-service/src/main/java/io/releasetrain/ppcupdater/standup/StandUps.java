package io.releasetrain.ppcupdater.standup;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcNames;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import io.releasetrain.ppcupdater.update.UpdateScheduler;
import io.releasetrain.ppcupdater.update.UpdateState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Standing up new PPCs: a request becomes a PPC in PROVISIONING and a create job the update runner starts
 * on the CI; a failed stand-up can be retried or cancelled. What the job reports is {@link CreateJobReports};
 * how its job ends is {@link StandUpJobs}.
 */
@ApplicationScoped
public class StandUps {

    static final String TRAIN = "release-train";

    private final FleetRegistry registry;
    private final UpdateScheduler scheduler;
    private final AccessTokenVault vault;
    private final ProductionVersion production;
    private final StandUpConfig config;
    private final Clock clock;

    StandUps(FleetRegistry registry, UpdateScheduler scheduler, AccessTokenVault vault, ProductionVersion production,
            StandUpConfig config, Clock clock) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.vault = vault;
        this.production = production;
        this.config = config;
        this.clock = clock;
    }

    /** Adds the PPC in PROVISIONING and plans its create job. */
    @Transactional
    public Ppc create(CreateCloudRequest request, String actor) {
        vault.requireKey();
        PpcKind kind = request.kind() == null ? PpcKind.CUSTOMER : request.kind();
        validate(request, kind);
        String version = request.ppcVersion() != null ? request.ppcVersion() : production.current().orElseThrow(() ->
                new InvalidRequestException("ppcVersion", "no attached PPC tells which version production runs; give one"));
        String name = PpcNames.join(request.namePrefix(), request.nameSuffix());
        String cloudId = UUID.randomUUID().toString();
        registry.requireNew(name, cloudId);
        Instant now = clock.instant();
        Ppc ppc = new Ppc();
        ppc.cloudId = cloudId;
        ppc.name = name;
        ppc.namePrefix = request.namePrefix();
        ppc.nameSuffix = request.nameSuffix();
        ppc.orgId = request.orgId();
        ppc.kind = kind;
        ppc.environment = request.environment();
        ppc.region = request.region();
        ppc.version = version;
        ppc.status = PpcStatus.PROVISIONING;
        ppc.registeredBy = actor;
        ppc.registeredAt = now;
        ppc.persist();
        StandUp standUp = new StandUp();
        standUp.cloudId = cloudId;
        standUp.credentialSet = request.credentialSet();
        standUp.requestedBy = actor;
        standUp.requestedAt = now;
        startJob(ppc, standUp);
        standUp.persist();
        registry.announce(ppc, "stand-up started", actor, request.reason() != null && !request.reason().isBlank()
                ? request.reason() : "new PPC in " + ppc.region + " for " + ppc.orgId);
        return ppc;
    }

    /** Runs the create job of a failed stand-up again. */
    @Transactional
    public Ppc retry(String cloudId, String actor, String reason) {
        vault.requireKey();
        Ppc ppc = FleetRegistry.existing(cloudId);
        StandUp standUp = standUpOf(ppc);
        ppc.status = CloudStep.RETRY.from(ppc.status);
        startJob(ppc, standUp);
        registry.announce(ppc, CloudStep.RETRY.change(), actor, reason);
        return ppc;
    }

    /** Gives up a stand-up: its job (if not ended) is cancelled and its callback refused from now on. */
    @Transactional
    public Ppc cancel(String cloudId, String actor, String reason) {
        Ppc ppc = FleetRegistry.existing(cloudId);
        StandUp standUp = standUpOf(ppc);
        ppc.status = CloudStep.CANCEL.from(ppc.status);
        stopJob(standUp, "stand-up cancelled by " + actor);
        registry.announce(ppc, CloudStep.CANCEL.change(), actor, reason);
        return ppc;
    }

    /** The stand-up of a PPC the train created. */
    static StandUp standUpOf(Ppc ppc) {
        StandUp standUp = StandUp.findById(ppc.cloudId);
        if (standUp == null) {
            throw new CloudConflictException("PPC " + ppc.name + " was not stood up by the train; it has no create job");
        }
        return standUp;
    }

    /**
     * Stops following the current create job, if it has not ended, and refuses its callback from now on. The CI
     * build itself is left to end on its own; whatever it reports changes nothing here.
     */
    private void stopJob(StandUp standUp, String why) {
        PpcUpdate job = standUp.updateId == null ? null : PpcUpdate.findById(standUp.updateId);
        if (job != null && job.state.active()) {
            job.state = UpdateState.CANCELLED;
            job.reason = why;
            job.updatedAt = clock.instant();
        }
        StandUpJobs.useUpCallbacks(standUp.updateId, clock.instant());
    }

    private void startJob(Ppc ppc, StandUp standUp) {
        stopJob(standUp, "replaced by a new create job");
        PpcUpdate job = scheduler.schedule(ppc.cloudId, JobKind.CREATE, ppc.version, null, null, "standup:" + ppc.cloudId);
        standUp.updateId = job.updateId;
        standUp.attempts++;
        standUp.jobUrl = null;
        standUp.failureReason = null;
        standUp.jobPassedAt = null;
    }

    private void validate(CreateCloudRequest request, PpcKind kind) {
        if (!config.regions().contains(request.region())) {
            throw new InvalidRequestException("region", "'" + request.region() + "' is not a region PPCs are stood up in; "
                    + "one of " + config.regions());
        }
        config.credentialSets().filter(sets -> !sets.contains(request.credentialSet())).ifPresent(sets -> {
            throw new InvalidRequestException("credentialSet", "'" + request.credentialSet() + "' is not a known credential "
                    + "set; one of " + sets);
        });
        if (kind == PpcKind.SERVICE && request.environment() == null) {
            throw new InvalidRequestException("environment", "is required for a SERVICE PPC: the environment it is updated with");
        }
    }
}
