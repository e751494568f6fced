package io.releasetrain.ppcupdater.rollout;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.rollout.plan.FailureBudget;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.rollout.plan.WavePlan;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Plans a customer rollout when production's release is promoted: every attached customer PPC, split into
 * waves, with the configured concurrency, bake time and failure budget. One rollout per version; while an
 * earlier rollout is unfinished the new one is QUEUED until a person supersedes the earlier one.
 */
@ApplicationScoped
public class RolloutPlanning {

    private static final Logger LOG = Logger.getLogger(RolloutPlanning.class);

    private final RolloutConfig config;
    private final Outbox outbox;
    private final Clock clock;

    RolloutPlanning(RolloutConfig config, Outbox outbox, Clock clock) {
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Plans the rollout of a promoted release; nothing for another environment's release. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onPromoted(ReleasePromoted promoted) {
        if (!config.environment().equals(promoted.environment())) {
            return;
        }
        List<Ppc> customers = Ppc.list("kind = ?1 and status = ?2", Sort.by("name"), PpcKind.CUSTOMER, PpcStatus.ATTACHED);
        String version = promoted.manifest() == null ? null : promoted.manifest().ppcVersion();
        if (version == null) {
            outbox.publish(new PpcUpdatesWithheld(promoted.environment(), promoted.sha(),
                    "the release's manifest names no PPC version, so no customer rollout was started (the train never "
                            + "guesses a version)", customers.size()));
            return;
        }
        if (Rollout.count("version", version) > 0) {
            LOG.infof("Release %s pins PPC version %s, which already has a rollout; no second one", promoted.sha(), version);
            return;
        }
        Rollout rollout = newRollout(promoted, version, customers);
        List<List<Ppc>> waves = new WavePlan(config.canarySize(), config.wavePercents()).split(customers);
        rollout.waveCount = waves.size();
        int position = 0;
        for (int wave = 0; wave < waves.size(); wave++) {
            for (Ppc ppc : waves.get(wave)) {
                persistMember(rollout, ppc, wave, position++);
            }
        }
        boolean blocked = Rollout.count("state in ?1", unfinishedPhases()) > 0;
        rollout.persist();
        if (blocked) {
            rollout.state = RolloutPhase.QUEUED;
            outbox.publish(new RolloutHalted(rollout.rolloutId, "queued: an earlier rollout is unfinished; supersede it "
                    + "(POST /rollouts/" + rollout.rolloutId + "/supersede) to start this one", RolloutPlanner.TRAIN));
        } else {
            open(rollout, RolloutPlanner.TRAIN);
        }
    }

    /** A planned rollout opens: it waits for approval, or starts. */
    void open(Rollout rollout, String actor) {
        if (config.requireApproval()) {
            rollout.state = RolloutPhase.AWAITING_APPROVAL;
            outbox.publish(new RolloutAwaitingApproval(rollout.rolloutId, rollout.version, rollout.releaseSha,
                    (int) RolloutPpc.count("rolloutId", rollout.rolloutId), rollout.waveCount));
        } else {
            start(rollout, actor);
        }
    }

    /** The rollout starts updating. */
    void start(Rollout rollout, String actor) {
        rollout.state = RolloutPhase.RUNNING;
        rollout.startedBy = actor;
        rollout.updatedAt = clock.instant();
        outbox.publish(new RolloutStarted(rollout.rolloutId, rollout.version, rollout.releaseSha,
                (int) RolloutPpc.count("rolloutId", rollout.rolloutId), rollout.waveCount, actor));
    }

    static List<RolloutPhase> unfinishedPhases() {
        return java.util.Arrays.stream(RolloutPhase.values()).filter(RolloutPhase::unfinished).toList();
    }

    private Rollout newRollout(ReleasePromoted promoted, String version, List<Ppc> customers) {
        Instant now = clock.instant();
        Rollout rollout = new Rollout();
        rollout.rolloutId = "rol-" + UUID.randomUUID();
        rollout.version = version;
        rollout.sdkVersion = promoted.manifest().sdkVersion();
        rollout.releaseSha = promoted.sha();
        rollout.promotionId = promoted.promotionId();
        rollout.state = RolloutPhase.QUEUED;
        rollout.concurrency = config.concurrency();
        rollout.bakeSeconds = config.bakeTime().toSeconds();
        rollout.failureBudget = FailureBudget.of(customers.size(), config.failureBudgetPercent(),
                config.failureBudgetMinimum()).allowed();
        rollout.createdAt = now;
        rollout.updatedAt = now;
        return rollout;
    }

    private void persistMember(Rollout rollout, Ppc ppc, int wave, int position) {
        RolloutPpc member = new RolloutPpc();
        member.rolloutId = rollout.rolloutId;
        member.cloudId = ppc.cloudId;
        member.wave = wave;
        member.position = position;
        member.state = PpcProgress.PENDING;
        member.updatedAt = clock.instant();
        member.persist();
    }
}
