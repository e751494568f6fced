import io.releasetrain.ppcupdater.rollout.plan.FailureBudget;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import io.releasetrain.ppcupdater.rollout.plan.RolloutDecision;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPpcs;
import io.releasetrain.ppcupdater.rollout.plan.RolloutSnapshot;
import io.releasetrain.ppcupdater.rollout.plan.RolloutStep;
import io.releasetrain.ppcupdater.rollout.plan.WavePlan;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rollout benchmark: the service's own rollout rules (WavePlan, FailureBudget, RolloutStep, compiled from
 * ppc-updater-service) drive a simulated fleet in real time. Each simulated update takes a fixed duration
 * on a timer; the driver applies decisions as the service's planner does and reacts to each update's end.
 * Compares the wall time with the ideal (sum over waves of ceil(wave size / concurrency) x duration, plus
 * the bake times) and records the heap the rollout's state needs at each fleet size.
 *
 * Usage: java -cp ppc-updater-service/target/classes bench/rollout/RolloutBench.java OUT.md SIZES...
 */
public class RolloutBench {

    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 50);
    static final Duration UPDATE = Duration.ofMillis(Long.getLong("bench.update-ms", 200));
    static final Duration BAKE = Duration.ofMillis(Long.getLong("bench.bake-ms", 500));
    static final WavePlan PLAN = new WavePlan(1, List.of(10, 50, 100));

    record Result(int ppcs, List<Integer> waves, Duration wall, Duration ideal, long heapBaseline, long heapDuring,
            long rssKb, int decisions) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<Result> results = new ArrayList<>();
        run(200); // warm-up: JIT, class loading
        for (int i = 1; i < args.length; i++) {
            results.add(run(Integer.parseInt(args[i])));
        }
        String report = report(results);
        Files.writeString(out, report);
        System.out.print(report);
    }

    static Result run(int size) throws Exception {
        long baseline = usedHeapAfterGc();
        // The rollout's state is the service's own table: each PPC's id, wave and progress, in rollout order.
        List<Integer> waveSizes = PLAN.sizes(size);
        RolloutPpcs ppcs = RolloutPpcs.withCapacity(size);
        for (int w = 0; w < waveSizes.size(); w++) {
            for (int i = 0; i < waveSizes.get(w); i++) {
                ppcs.add(UUID.randomUUID().toString(), w, PpcProgress.PENDING, false);
            }
        }
        // No PPC is in maintenance and none fails, so the step starts PPCs in rising positions: a cursor finds
        // each started id's position without an index of the fleet.
        int cursor = 0;
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
        LinkedBlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
        int currentWave = 0;
        int announced = 0;
        Instant bakeUntil = null;
        int decisions = 0;
        long heapDuring = 0;
        Clock clock = Clock.systemUTC();
        long started = System.nanoTime();
        while (true) {
            for (Integer done; (done = finished.poll()) != null; ) {
                ppcs.set(done, PpcProgress.SUCCEEDED);
            }
            RolloutDecision decision = RolloutStep.decide(new RolloutSnapshot(RolloutPhase.RUNNING, currentWave,
                    waveSizes.size(), announced, bakeUntil, BAKE, CONCURRENCY, new FailureBudget(0), 0, ppcs, clock.instant()));
            decisions++;
            for (String id : decision.start()) {
                while (!ppcs.cloudId(cursor).equals(id)) {
                    cursor++;
                }
                int at = cursor;
                ppcs.set(at, PpcProgress.UPDATING);
                timers.schedule(() -> finished.add(at), UPDATE.toNanos(), TimeUnit.NANOSECONDS);
            }
            if (decision.waveDone() != null) {
                announced = decision.waveDone().wave() + 1;
                if (decision.waveDone().wave() == waveSizes.size() / 2) {
                    heapDuring = usedHeapAfterGc() - baseline;
                }
            }
            if (decision.bakeUntil() != null) {
                bakeUntil = decision.bakeUntil();
            }
            if (decision.advanceTo() != null) {
                currentWave = decision.advanceTo();
                bakeUntil = null;
            }
            if (decision.outcome() != null) {
                break;
            }
            if (!decision.changesSomething()) {
                long waitMs = bakeUntil == null ? 1000 : Math.max(1, Duration.between(clock.instant(), bakeUntil).toMillis());
                Integer done = finished.poll(waitMs, TimeUnit.MILLISECONDS);
                if (done != null) {
                    ppcs.set(done, PpcProgress.SUCCEEDED);
                }
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        timers.shutdownNow();
        return new Result(size, waveSizes, wall, ideal(waveSizes), baseline, heapDuring, rssKb(), decisions);
    }

    static Duration ideal(List<Integer> waves) {
        Duration total = BAKE.multipliedBy(waves.size() - 1L);
        for (int size : waves) {
            total = total.plus(UPDATE.multipliedBy((size + CONCURRENCY - 1) / CONCURRENCY));
        }
        return total;
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String report(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Rollout benchmark\n\n");
        md.append("`bench/rollout/run.sh` on ").append(Instant.now()).append(", JDK ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (shared).\n\n");
        md.append("The service's rollout rules (`WavePlan`, `FailureBudget`, `RolloutStep` from ppc-updater-service) drive a ")
                .append("simulated fleet in real time: concurrency ").append(CONCURRENCY).append(", every update takes ")
                .append(UPDATE.toMillis()).append(" ms, bake ").append(BAKE.toMillis())
                .append(" ms between waves, waves: 1 canary, then up to 10%, 50%, 100%. Ideal = sum over waves of ")
                .append("ceil(wave size / concurrency) x duration + bake times.\n\n");
        md.append("| PPCs | waves | wall | ideal | wall / ideal | decisions | rollout state on the heap (after GC) | process RSS |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format("| %,d | %s | %d ms | %d ms | %.3f | %,d | %,d KB | %,d KB |%n", r.ppcs(), r.waves(),
                    r.wall().toMillis(), r.ideal().toMillis(), (double) r.wall().toNanos() / r.ideal().toNanos(),
                    r.decisions(), r.heapDuring() / 1024, r.rssKb()));
        }
        if (results.size() >= 2) {
            Result small = results.get(0);
            Result large = results.get(results.size() - 1);
            long smallTotal = small.heapBaseline() + small.heapDuring();
            long largeTotal = large.heapBaseline() + large.heapDuring();
            md.append(String.format("%nHeap in use mid-rollout (baseline + rollout state): %,d KB at %,d PPCs, %,d KB at %,d PPCs: "
                    + "ratio %.2f (target: at most 1.2). Rollout state alone grows %.1fx for %.0fx the PPCs "
                    + "(%,d bytes per PPC at %,d).%n", smallTotal / 1024, small.ppcs(), largeTotal / 1024, large.ppcs(),
                    (double) largeTotal / smallTotal, (double) large.heapDuring() / Math.max(1, small.heapDuring()),
                    (double) large.ppcs() / small.ppcs(), large.heapDuring() / large.ppcs(), large.ppcs()));
        }
        md.append("\nWhat is measured: heap in use after three `System.gc()` (serial GC, 256 MB heap), once before the ")
                .append("rollout is built (the baseline: the JVM, the bench and the rules' classes, warmed up by a 200-PPC run) ")
                .append("and once mid-rollout (when the middle wave is announced). Rollout state is the difference: the ")
                .append("service's own `RolloutPpcs` table that `RolloutStep` decides from (each PPC's cloud id, a 36-character ")
                .append("UUID string counted in full although the running service shares it with its registry rows, its wave, ")
                .append("its progress, its maintenance bit) and the timers and queue of the updates in flight (at most the ")
                .append("concurrency). Not included: the service's database rows and their Hibernate entities, Kafka and ")
                .append("Travis round trips (there, the heartbeat interval adds up to one interval per wave).\n");
        return md.toString();
    }
}
