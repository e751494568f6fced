package io.releasetrain.ppcupdater.rollout;

import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A rollout's progress as the REST API shows it: overall, per wave and per PPC. */
public record RolloutView(String rolloutId, String version, String sdkVersion, String releaseSha, String promotionId,
        RolloutPhase state, int currentWave, int waveCount, Instant bakeUntil, int concurrency, int failureBudget,
        String haltReason, String startedBy, Instant createdAt, Tally total, List<Tally> waves, List<Member> ppcs) {

    /**
     * Counts of PPCs by where they stand.
     *
     * @param wave                  the wave, or -1 for the whole rollout
     * @param waitingForMaintenance pending PPCs that are in maintenance now
     */
    public record Tally(int wave, int size, int pending, int updating, int succeeded, int failed, int skipped,
            int waitingForMaintenance) {
    }

    /** One PPC of the rollout. */
    public record Member(String cloudId, String name, int wave, PpcProgress state, int attempts, String reason,
            String decidedBy, String jobUrl, boolean inMaintenance) {
    }

    static RolloutView of(Rollout rollout, boolean withPpcs) {
        List<RolloutPpc> rows = RolloutPpc.list("rolloutId", rollout.rolloutId);
        Map<String, Ppc> fleet = RolloutPlanner.fleetOf(rows);
        List<Member> members = rows.stream().sorted(Comparator.comparingInt(r -> r.position))
                .map(r -> member(r, fleet.get(r.cloudId))).toList();
        List<Tally> waves = new ArrayList<>();
        for (int wave = 0; wave < rollout.waveCount; wave++) {
            int w = wave;
            waves.add(tally(wave, members.stream().filter(m -> m.wave() == w).toList()));
        }
        return new RolloutView(rollout.rolloutId, rollout.version, rollout.sdkVersion, rollout.releaseSha,
                rollout.promotionId, rollout.state, rollout.currentWave, rollout.waveCount, rollout.bakeUntil,
                rollout.concurrency, rollout.failureBudget, rollout.haltReason, rollout.startedBy, rollout.createdAt,
                tally(-1, members), waves, withPpcs ? members : List.of());
    }

    private static Member member(RolloutPpc row, Ppc ppc) {
        PpcUpdate update = row.updateId == null ? null : PpcUpdate.findById(row.updateId);
        return new Member(row.cloudId, ppc == null ? null : ppc.name, row.wave, row.state, row.attempts, row.reason,
                row.decidedBy, update == null ? null : update.jobUrl, ppc != null && ppc.inMaintenance());
    }

    private static Tally tally(int wave, List<Member> members) {
        return new Tally(wave, members.size(), count(members, PpcProgress.PENDING), count(members, PpcProgress.UPDATING),
                count(members, PpcProgress.SUCCEEDED), count(members, PpcProgress.FAILED),
                count(members, PpcProgress.SKIPPED),
                (int) members.stream().filter(m -> m.state() == PpcProgress.PENDING && m.inMaintenance()).count());
    }

    private static int count(List<Member> members, PpcProgress state) {
        return (int) members.stream().filter(m -> m.state() == state).count();
    }
}
