import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ingest benchmark's load driver (JDK single-file program, no dependencies): signed GitHub push
 * deliveries with unique delivery ids against {@code POST /webhooks/github}, and the same requests
 * against {@code POST /bench/noop} (the same HTTP path with no work), so the result is a ratio.
 *
 * <p>Phases, after a warm-up at full speed: (1) open loop at a fixed rate, latency measured from each request's
 * scheduled time (a slow answer delays nothing else, so no coordinated omission), at most
 * {@code concurrency} requests in flight; (2) closed loop, {@code concurrency} senders back to back,
 * for the highest throughput. Writes a Markdown report.
 *
 * <p>With {@code --profile /webhooks/github} it only sends back-to-back load to that path, for profiling;
 * with {@code --rate-only /webhooks/github} only the warm-up and the fixed-rate phase against that path.
 * With {@code --pids service=123,mariadb=456} it reports the CPU each of those processes (and itself)
 * spent per request in each phase.
 *
 * <pre>java bench/ingest/LoadDriver.java --base http://127.0.0.1:18081 --secret-file F --hook-id 1 \
 *      --repository bench/ingest --rate 500 --concurrency 32 --seconds 30 --warmup 10 --out bench/results/ingest.md</pre>
 */
public class LoadDriver {

    private static final String PUSH = """
            {"ref":"refs/heads/staging","before":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","after":"%s",
             "repository":{"id":186853002,"name":"ingest","full_name":"%s","private":true,
              "owner":{"name":"bench","login":"bench"},"default_branch":"master"},
             "pusher":{"name":"octocat","email":"octocat@github.com"},"sender":{"login":"octocat","id":1},
             "created":false,"deleted":false,"forced":false,"base_ref":null,
             "compare":"https://github.com/%s/compare/6113728f27ae...%s",
             "commits":[{"id":"%s","message":"Merge pull request #42 from bench/promote","timestamp":"2019-05-15T15:20:30Z",
              "author":{"name":"Octo Cat","email":"octocat@github.com"},"added":[],"removed":[],"modified":["README.md"]}],
             "head_commit":{"id":"%s","message":"Merge pull request #42 from bench/promote"}}""";

    private final Map<String, String> args;
    private final Map<String, Long> processes = new java.util.LinkedHashMap<>();
    private final HttpClient client;
    private final byte[] secret;
    private final AtomicLong sequence = new AtomicLong();

    LoadDriver(Map<String, String> args) throws IOException {
        this.args = args;
        this.secret = Files.readString(Path.of(args.get("secret-file"))).trim().getBytes(StandardCharsets.UTF_8);
        processes.put("driver", ProcessHandle.current().pid());
        for (String entry : args.getOrDefault("pids", "").split(",")) {
            String[] nameAndPid = entry.split("=");
            if (nameAndPid.length == 2) {
                processes.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
            }
        }
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4))
                .build();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        new LoadDriver(args).run();
    }

    void run() throws Exception {
        int rate = Integer.parseInt(args.getOrDefault("rate", "500"));
        int concurrency = Integer.parseInt(args.getOrDefault("concurrency", "32"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "10"));
        String base = args.get("base");
        URI webhook = URI.create(base + "/webhooks/github");
        URI noop = URI.create(base + "/bench/noop");
        if (args.containsKey("rate-only")) {
            // Only the fixed-rate phase against one path, after its warm-up: for investigating latency.
            URI only = URI.create(base + args.get("rate-only"));
            fixedRate(only, rate, concurrency, warmup);
            Result atRate = fixedRate(only, rate, concurrency, seconds);
            log("  %s", atRate.summary());
            log("  CPU per request: %s", atRate.cpuPerRequest());
            System.exit(0);
        }
        if (args.containsKey("profile")) {
            // Only load, no report: for a profiler attached to the service.
            URI only = URI.create(base + args.get("profile"));
            log("profiling load: %d s warm-up, then %d senders back to back for %d s", warmup, concurrency, seconds);
            closedLoop(only, concurrency, warmup);
            Result profiled = closedLoop(only, concurrency, seconds);
            log("  %s", profiled.summary());
            log("  CPU per request: %s", profiled.cpuPerRequest());
            System.exit(0);
        }

        // Warm-up at full speed: the JIT compiles both paths before anything is measured.
        log("warm-up: %d s per endpoint, %d senders back to back", warmup, concurrency);
        closedLoop(webhook, concurrency, warmup);
        closedLoop(noop, concurrency, warmup);

        // A steady stream runs other branches than a flood (a transaction and a relay pass per delivery
        // instead of shared ones), which the JIT compiles anew: each endpoint is warmed at the fixed rate too.
        log("fixed rate: %d/s for %d s after %d s of warm-up at that rate, at most %d in flight", rate, seconds, warmup,
                concurrency);
        fixedRate(webhook, rate, concurrency, warmup);
        Result webhookAtRate = fixedRate(webhook, rate, concurrency, seconds);
        log("  webhook %s", webhookAtRate.summary());
        fixedRate(noop, rate, concurrency, warmup);
        Result noopAtRate = fixedRate(noop, rate, concurrency, seconds);
        log("  noop    %s", noopAtRate.summary());

        int rounds = Integer.parseInt(args.getOrDefault("rounds", "3"));
        log("saturation: %d senders back to back for %d s per endpoint, in %d turns each", concurrency, seconds, rounds);
        Result[] saturation = alternating(webhook, noop, concurrency, seconds, rounds);
        Result webhookMax = saturation[0];
        log("  webhook %s", webhookMax.summary());
        Result noopMax = saturation[1];
        log("  noop    %s", noopMax.summary());

        String report = report(rate, concurrency, seconds, warmup, webhookAtRate, noopAtRate, webhookMax, noopMax);
        Path out = Path.of(args.getOrDefault("out", "bench/results/ingest.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        log("wrote %s", out);
        System.exit(0);
    }

    /**
     * Open loop: request i is due at start + i/rate and its latency runs from then, whatever held it up.
     * {@code concurrency} senders take the due times in turn, each waits for its own and sends
     * synchronously, as in the closed loop: at most that many requests are in flight, a slow answer
     * delays no other sender, and no callback threads sit between the answer and its timestamp.
     */
    Result fixedRate(URI uri, int rate, int concurrency, int seconds) throws InterruptedException {
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        AtomicLong next = new AtomicLong();
        Result result = new Result().begin(cpuTicks());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int s = 0; s < concurrency; s++) {
            pool.execute(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * intervalNanos;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    send(uri, result, due);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return result.end(cpuTicks());
    }

    /** Closed loop: each sender sends its next request when the previous answer arrives. */
    Result closedLoop(URI uri, int senders, int seconds) throws InterruptedException {
        return closedLoop(uri, senders, seconds, new Result());
    }

    /**
     * Closed loops against two paths taking turns, {@code rounds} slices each, so that a machine that
     * speeds up or slows down during the phase (other tenants, CPU steal) weighs on both alike.
     */
    Result[] alternating(URI first, URI second, int senders, int seconds, int rounds) throws InterruptedException {
        Result[] results = {new Result(), new Result()};
        int slice = Math.max(1, seconds / rounds);
        for (int round = 0; round < rounds; round++) {
            closedLoop(first, senders, slice, results[0]);
            closedLoop(second, senders, slice, results[1]);
        }
        return results;
    }

    private Result closedLoop(URI uri, int senders, int seconds, Result result) throws InterruptedException {
        result.begin(cpuTicks());
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        for (int s = 0; s < senders; s++) {
            pool.execute(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    send(uri, result, System.nanoTime());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return result.end(cpuTicks());
    }

    /** Sends one request and records its answer, with the latency counted from {@code since}. */
    private void send(URI uri, Result result, long since) {
        try {
            HttpResponse<Void> response = client.send(request(uri), HttpResponse.BodyHandlers.discarding());
            result.record(System.nanoTime() - since, response.statusCode(), null);
        } catch (IOException e) {
            result.record(System.nanoTime() - since, -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** CPU time (user + system, clock ticks) of each watched process so far, from /proc; empty elsewhere. */
    private Map<String, Long> cpuTicks() {
        Map<String, Long> ticks = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + process.getValue() + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(process.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // Not Linux, or the process is gone: no CPU figures for it.
            }
        }
        return ticks;
    }

    private HttpRequest request(URI uri) {
        long n = sequence.incrementAndGet();
        String sha = String.format(Locale.ROOT, "%040x", n);
        String repository = args.get("repository");
        byte[] body = String.format(PUSH, sha, repository, repository, sha, sha, sha).getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("User-Agent", "GitHub-Hookshot/bench")
                .header("X-GitHub-Event", "push")
                .header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header("X-GitHub-Hook-ID", args.get("hook-id"))
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmac(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String report(int rate, int concurrency, int seconds, int warmup, Result webhookAtRate, Result noopAtRate,
            Result webhookMax, Result noopMax) {
        double ratio = webhookMax.throughput() / noopMax.throughput();
        boolean latencyMet = webhookAtRate.percentileMillis(99) < 50 && webhookAtRate.errors() == 0
                && webhookAtRate.throughput() >= rate * 0.95;
        boolean ratioMet = ratio >= 0.25;
        StringBuilder md = new StringBuilder();
        md.append("# Ingest benchmark\n\n");
        md.append("Produced by `bench/ingest/run.sh` on ").append(Instant.now()).append(". Signed GitHub `push` deliveries ")
                .append("with unique delivery ids against `POST /webhooks/github` (verify, parse, normalize, one transaction ")
                .append("with the delivery row and the outbox row, relay to Kafka in the background), and the same requests ")
                .append("against `POST /bench/noop` (same HTTP path and body handling, no work). The load driver runs on the same ")
                .append("machine and takes CPU from the service.\n\n");
        md.append("Warm-up ").append(warmup).append(" s per endpoint at full speed, and again ").append(warmup)
                .append(" s at the fixed rate before each fixed-rate phase; each measured phase ").append(seconds).append(" s.\n\n");
        md.append("## Fixed rate: ").append(rate).append(" deliveries/s, at most ").append(concurrency).append(" in flight\n\n");
        md.append("Latency is from each request's scheduled send time to its answer (no coordinated omission).\n\n");
        md.append(table(webhookAtRate, noopAtRate));
        md.append("\n## Saturation: ").append(concurrency).append(" senders back to back\n\n");
        md.append("The two endpoints take turns, ").append(args.getOrDefault("rounds", "3"))
                .append(" slices each, so that a change in the machine's speed during the phase weighs on both.\n\n");
        md.append(table(webhookMax, noopMax));
        md.append(String.format(Locale.ROOT, "%n**Throughput ratio webhook / bare endpoint: %.2f** (target at least 0.25: %s)%n%n",
                ratio, ratioMet ? "met" : "NOT met"));
        md.append(String.format(Locale.ROOT, "**p99 ack latency at %d/s: %.1f ms** (target under 50 ms: %s)%n",
                rate, webhookAtRate.percentileMillis(99), latencyMet ? "met" : "NOT met"));
        md.append("\nThe CPU lines say where the time goes: everything runs on one machine, so the bare endpoint's ")
                .append("throughput is bounded by the driver, and the webhook's by the service, MariaDB and the driver ")
                .append("together. At a fixed moderate rate each delivery is a transaction of its own (and a relay pass ")
                .append("of its own), so per-delivery CPU is higher than at saturation, where deliveries share commits.\n");
        return md.toString();
    }

    private static String table(Result webhook, Result noop) {
        String cpu = webhook.cpuPerRequest().isEmpty() ? ""
                : "\nCPU per request (user + system, from /proc): `/webhooks/github`: " + webhook.cpuPerRequest()
                        + "; `/bench/noop`: " + noop.cpuPerRequest() + ".\n";
        return "| endpoint | requests | non-2xx / failed | throughput (req/s) | p50 (ms) | p99 (ms) | max (ms) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n"
                + webhook.row("`/webhooks/github`") + noop.row("`/bench/noop`") + cpu;
    }

    private static void log(String format, Object... values) {
        System.out.printf(Locale.ROOT, "[load-driver] " + format + "%n", values);
    }

    /** Latencies and outcomes of one phase. */
    static final class Result {
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicLong errors = new AtomicLong();
        private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        private final Map<String, Long> cpuUsed = new java.util.LinkedHashMap<>();
        private Map<String, Long> cpuAtSliceStart = Map.of();
        private long sliceStart;
        private long[] sorted; // the latencies in order, made when first asked for after a slice
        private long elapsedNanos;

        /** Starts a slice of measured time: a phase is one slice, or several taking turns with another phase. */
        Result begin(Map<String, Long> cpu) {
            cpuAtSliceStart = cpu;
            sliceStart = System.nanoTime();
            return this;
        }

        void record(long nanos, int status, Throwable failure) {
            latencies.add(nanos);
            if (failure != null || status < 200 || status >= 300) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                    firstErrors.add(failure != null ? failure.toString() : "HTTP " + status);
                }
            }
        }

        /** Ends the slice: its time and the CPU each process spent in it are added to the phase's. */
        Result end(Map<String, Long> cpuAfter) {
            elapsedNanos += System.nanoTime() - sliceStart;
            cpuAfter.forEach((name, ticks) -> {
                if (cpuAtSliceStart.containsKey(name)) {
                    cpuUsed.merge(name, ticks - cpuAtSliceStart.get(name), Long::sum);
                }
            });
            sorted = null;
            return this;
        }

        private long[] sorted() {
            if (sorted == null) {
                sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            return sorted;
        }

        long errors() {
            return errors.get();
        }

        double throughput() {
            return sorted().length / (elapsedNanos / 1e9);
        }

        double percentileMillis(double p) {
            long[] ordered = sorted();
            if (ordered.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * ordered.length) - 1;
            return ordered[Math.max(0, Math.min(ordered.length - 1, index))] / 1e6;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", name, sorted().length, errors(),
                    throughput(), percentileMillis(50), percentileMillis(99), percentileMillis(100));
        }

        /** CPU per request, in microseconds, for each watched process (clock ticks are 10 ms). */
        String cpuPerRequest() {
            if (sorted().length == 0 || cpuUsed.isEmpty()) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            cpuUsed.forEach((name, ticks) -> text.append(text.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.0f µs", name, ticks * 10_000.0 / sorted().length)));
            return text.toString();
        }

        String summary() {
            List<String> errs = new ArrayList<>(firstErrors);
            return String.format(Locale.ROOT, "%d requests, %d errors%s, %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sorted().length, errors(), errs.isEmpty() ? "" : " " + errs, throughput(), percentileMillis(50),
                    percentileMillis(99), percentileMillis(100));
        }
    }
}
