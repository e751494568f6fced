import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTrigger;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load driver of the notify benchmark (run by run.sh with the JDK's single-file launcher). Plays Slack with an
 * embedded WireMock, starts the packaged notifier-service against it with the rate limit off, publishes events
 * to the real broker at a fixed rate, and measures, for each event, the time from its publication until Slack
 * receives the {@code chat.postMessage} it causes (found by the message key in the message's metadata).
 */
public final class NotifyBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        WireMockServer slack = slack(arrivals);
        Process app = null;
        try {
            app = startApp(settings, slack.port());
            try (KafkaProducer<String, String> producer = producer(settings.kafka)) {
                System.out.printf("Warming up for %ds at %d events/s%n", settings.warmup, settings.rate);
                Phase warmup = run(producer, settings.rate, settings.warmup, arrivals);
                System.out.printf("Measuring for %ds at %d events/s%n", settings.seconds, settings.rate);
                Phase measured = run(producer, settings.rate, settings.seconds, arrivals);
                awaitArrivals(measured, arrivals, Duration.ofSeconds(60));
                write(settings, warmup, measured, arrivals, slack);
            }
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            slack.stop();
        }
    }

    /** Slack's Web API, answering at once, noting when each posted message arrived. */
    static WireMockServer slack(Map<String, Long> arrivals) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort().containerThreads(16).disableRequestJournal());
        server.start();
        server.stubFor(post(urlPathEqualTo("/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0BENCH01\",\"ts\":\"1700000000.000100\"}")));
        server.stubFor(post(urlPathEqualTo("/chat.update"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0BENCH01\",\"ts\":\"1700000000.000100\"}")));
        server.addMockServiceRequestListener((request, response) -> {
            long now = System.currentTimeMillis();
            if (!request.getUrl().startsWith("/chat.postMessage")) {
                return;
            }
            try {
                JsonNode body = JSON.readTree(request.getBodyAsString());
                String key = body.path("metadata").path("event_payload").path("message_key").asText("");
                String eventId = key.substring(key.indexOf('/') + 1);
                arrivals.putIfAbsent(eventId, now);
            } catch (IOException e) {
                System.err.println("unreadable post: " + e.getMessage());
            }
        });
        return server;
    }

    static Process startApp(Settings settings, int slackPort) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m",
                "-Dquarkus.http.port=" + settings.port,
                "-Dquarkus.datasource.jdbc.url=" + settings.jdbcBase + "/" + settings.database,
                "-Dquarkus.datasource.username=" + settings.dbUser,
                "-Dkafka.bootstrap.servers=" + settings.kafka,
                "-Dquarkus.rest-client.slack.url=http://127.0.0.1:" + slackPort,
                "-Dreleasetrain.notifier.sender.min-interval=0",
                "-Dquarkus.log.level=WARN"));
        if (settings.appCpus != null) {
            command.addAll(0, List.of("taskset", "-c", settings.appCpus));
        }
        command.addAll(List.of("-jar", settings.appJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.work.resolve("notifier-service.log").toFile());
        // Secrets through the environment, never on the command line.
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", settings.dbPassword);
        builder.environment().put("SLACK_BOT_TOKEN", "xoxb-bench-" + UUID.randomUUID());
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("notifier-service exited; see " + settings.work.resolve("notifier-service.log"));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + settings.port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroy();
        throw new IllegalStateException("notifier-service not ready after 120 s");
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(settings);
    }

    /** What one phase published: each event's id and the time it was handed to the producer. */
    record Phase(Map<String, Long> published, Map<String, String> types) {
    }

    /** Publishes a train's worth of events at {@code rate} per second, scheduled from the start (no coordinated omission). */
    static Phase run(KafkaProducer<String, String> producer, int rate, int seconds, Map<String, Long> arrivals) {
        Map<String, Long> published = new ConcurrentHashMap<>();
        Map<String, String> types = new ConcurrentHashMap<>();
        Scenario scenario = new Scenario();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            ReleaseTrainEvent event = scenario.next();
            EventType type = EventCatalog.of(event);
            String id = UUID.randomUUID().toString();
            ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.key(), EventJson.write(event));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_type", type.name());
            header(record, "ce_source", "bench");
            header(record, "ce_subject", event.subject());
            header(record, "ce_time", Instant.now().toString());
            header(record, "content-type", "application/json");
            // Counted from the scheduled time: a publisher that fell behind does not hide the delay.
            published.put(id, System.currentTimeMillis() - Math.max(0, (System.nanoTime() - due) / 1_000_000));
            types.put(id, type.name());
            producer.send(record);
        }
        producer.flush();
        return new Phase(published, types);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static void awaitArrivals(Phase phase, Map<String, Long> arrivals, Duration atMost) throws InterruptedException {
        long giveUp = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < giveUp && !arrivals.keySet().containsAll(phase.published().keySet())) {
            Thread.sleep(100);
        }
    }

    /** A promotion's five events into #releases, then a PPC update's two and a flag change into #ops, over and over. */
    static final class Scenario {
        private int step;
        private String promotion;
        private String sha;

        ReleaseTrainEvent next() {
            int at = step++ % 8;
            if (at == 0) {
                promotion = "bench-" + UUID.randomUUID();
                sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 40);
            }
            String cloud = "cloud-" + (step % 50);
            return switch (at) {
                case 0 -> new PromotionScheduled(promotion, "master", "staging", "staging", PromotionTrigger.SCHEDULE,
                        "nightly", null);
                case 1 -> new PromotionOpened(promotion, "staging", "acme/service", 1 + step,
                        "https://github.com/acme/service/pull/" + (1 + step), sha, "master", "staging");
                case 2 -> new PromotionChecksPassed(promotion, "staging", sha);
                case 3 -> new PromotionMerged(promotion, "staging", sha, new StringBuilder(sha).reverse().toString(),
                        "release-train");
                case 4 -> new EnvironmentDeployed("staging", "staging", sha, "https://ci.example/builds/" + step,
                        promotion, null);
                case 5 -> new PpcUpdateStarted("u-" + step, cloud, "ppc-" + sha.substring(0, 7), null,
                        "https://ci.example/jobs/" + step);
                case 6 -> new PpcUpdateSucceeded("u-" + (step - 1), cloud, "ppc-" + sha.substring(0, 7), null);
                default -> new FlagsChanged("ch-" + step, cloud, "org-bench", 0, 1, "bench", "load", null, null);
            };
        }
    }

    static void write(Settings settings, Phase warmup, Phase measured, Map<String, Long> arrivals, WireMockServer slack)
            throws IOException {
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Long> sent : measured.published().entrySet()) {
            Long arrived = arrivals.get(sent.getKey());
            if (arrived == null) {
                missing++;
            } else {
                latencies.add(Math.max(0, arrived - sent.getValue()));
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        writeEvents(settings.work.resolve("events.tsv"), measured, arrivals);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        StringBuilder report = new StringBuilder();
        report.append("# Notify benchmark\n\n")
                .append("Produced by `bench/notify/run.sh` on ").append(when).append(". Do not edit by hand; run it again.\n\n")
                .append("## Setup\n\n")
                .append("- Machine: ").append(System.getenv().getOrDefault("BENCH_CPUS",
                        String.valueOf(Runtime.getRuntime().availableProcessors()))).append(" CPUs")
                .append(settings.appCpus == null ? "" : " (service pinned to CPU " + settings.appCpus + ", driver to the next)")
                .append(", shared with whatever else runs; Java ")
                .append(System.getProperty("java.version")).append("; load average after the run: ").append(load).append("\n")
                .append("- App: packaged `notifier-service` (`quarkus-run.jar`, -Xmx512m), rate limit off ")
                .append("(`releasetrain.notifier.sender.min-interval=0`); Kafka and MariaDB (durable commits) from the ")
                .append("local infrastructure; Slack played by WireMock in the driver's JVM, answering at once\n")
                .append("- Load: ").append(settings.rate).append(" events/s for ").append(settings.seconds)
                .append(" s after a ").append(settings.warmup).append(" s warm-up at the same rate, published with ")
                .append("acks=all; a cycle of 8 events: a promotion's 5 (scheduled, opened, checks passed, merged, ")
                .append("deployed: one thread in `#releases`, each later event a reply and a head update) and 3 in ")
                .append("`#ops-notifications` (PPC update started and succeeded, flags changed)\n")
                .append("- Latency: from the event's scheduled publication to WireMock receiving the ")
                .append("`chat.postMessage` it caused (head or reply), both clocks the same machine's, millisecond ")
                .append("resolution\n\n")
                .append("## Results\n\n")
                .append("| events | delivered | missing | p50 ms | p90 ms | p99 ms | max ms |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n")
                .append("| ").append(measured.published().size()).append(" | ").append(sorted.length).append(" | ")
                .append(missing).append(" | ").append(percentile(sorted, 50)).append(" | ")
                .append(percentile(sorted, 90)).append(" | ").append(percentile(sorted, 99)).append(" | ")
                .append(sorted.length == 0 ? "-" : sorted[sorted.length - 1]).append(" |\n\n")
                .append("Target (issue 15): p99 under 1000 ms with the rate limit off. ")
                .append(sorted.length > 0 && missing == 0 && percentile(sorted, 99) < 1000 ? "Met." : "Not met.")
                .append("\n\nWarm-up events delivered: ").append(warmup.published().keySet().stream()
                        .filter(arrivals::containsKey).count()).append(" of ").append(warmup.published().size())
                .append(".\n");
        Files.writeString(settings.output, report.toString());
        System.out.print(report);
    }

    /** Every measured event with its publication and arrival times, for looking at where the tail comes from. */
    static void writeEvents(Path file, Phase measured, Map<String, Long> arrivals) throws IOException {
        StringBuilder tsv = new StringBuilder("event_id\ttype\tpublished_ms\tarrived_ms\n");
        measured.published().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(sent -> tsv
                .append(sent.getKey()).append('\t').append(measured.types().get(sent.getKey())).append('\t')
                .append(sent.getValue()).append('\t').append(arrivals.getOrDefault(sent.getKey(), -1L)).append('\n'));
        Files.writeString(file, tsv.toString());
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    record Settings(int rate, int seconds, int warmup, int port, String kafka, String jdbcBase, String dbUser,
            String dbPassword, String database, Path appJar, Path work, Path output, String appCpus) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            return new Settings(
                    Integer.parseInt(env.getOrDefault("BENCH_RATE", "20")),
                    Integer.parseInt(env.getOrDefault("BENCH_SECONDS", "30")),
                    Integer.parseInt(env.getOrDefault("BENCH_WARMUP", "15")),
                    Integer.parseInt(env.getOrDefault("BENCH_PORT", "18084")),
                    required(env, "KAFKA_BOOTSTRAP_SERVERS"),
                    required(env, "RELEASETRAIN_DB_JDBC_BASE"),
                    required(env, "RELEASETRAIN_DB_USER"),
                    env.getOrDefault("RELEASETRAIN_DB_PASSWORD", ""),
                    env.getOrDefault("BENCH_DATABASE", "notifier_bench"),
                    Path.of(required(env, "BENCH_APP_JAR")),
                    Path.of(required(env, "BENCH_WORK_DIR")),
                    Path.of(required(env, "BENCH_OUTPUT")),
                    env.get("BENCH_APP_CPUS"));
        }

        private static String required(Map<String, String> env, String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is not set");
            }
            return value;
        }
    }

    private NotifyBench() {
    }
}
