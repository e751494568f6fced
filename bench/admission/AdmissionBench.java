import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Load driver for the admission benchmark (run by run.sh with the JDK's single-file launcher).
 *
 * <p>One run: creates an empty database, starts the packaged maintenance-service against it with a
 * key pair made for this run, seeds PPCs (half of them in maintenance, half of those with an expiry),
 * then, with a fixed number of concurrent callers, warms up and measures GET /clouds/{id}/admission
 * and GET /bench/noop (same app, same authentication, no work), and writes the figures to a markdown
 * file. Settings come from the environment; see README.md beside this file.
 */
public final class AdmissionBench {

    static final String ISSUER = "https://tokens.releasetrain.bench";
    static final String DATABASE = "maintenance_bench";

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Files.createDirectories(settings.work);
        prepareDatabase(settings);
        KeyPair keys = generateKeys();
        try (App app = App.start(settings, keys)) {
            String token = Tokens.sign(keys, "bench@releasetrain.local", List.of("ppc-operator"));
            Http http = new Http(app.baseUrl, token);
            List<String> clouds = Seed.run(settings, http);
            Load load = new Load(settings, http, clouds);
            System.out.printf("Warming up for %ds with %d callers%n", settings.warmup.toSeconds(), settings.concurrency);
            load.measure("/clouds/{id}/admission", settings.warmup);
            load.measure("/bench/noop", settings.warmup);
            System.out.printf("Measuring for %ds per endpoint%n", settings.duration.toSeconds());
            Result admission = load.measure("/clouds/{id}/admission", settings.duration);
            Result noop = load.measure("/bench/noop", settings.duration);
            Report.write(settings, clouds.size(), admission, noop);
            System.out.println(Files.readString(settings.output));
            if (admission.errors > 0 || noop.errors > 0) {
                throw new IllegalStateException("Unexpected answers during the run; see the report and " + app.log);
            }
        }
    }

    /** Everything run.sh can set, with defaults that fit a 2-core machine. */
    static final class Settings {
        String jdbcBase;
        String dbUser;
        String dbPassword;
        String kafka;
        Path jar;
        Path work;
        Path output;
        int concurrency;
        Duration warmup;
        Duration duration;
        int ppcs;
        String appCpus;
        String loadBefore;

        static Settings fromEnvironment() {
            Settings s = new Settings();
            s.jdbcBase = required("RELEASETRAIN_DB_JDBC_BASE");
            s.dbUser = required("RELEASETRAIN_DB_USER");
            s.dbPassword = System.getenv().getOrDefault("RELEASETRAIN_DB_PASSWORD", "");
            s.kafka = required("KAFKA_BOOTSTRAP_SERVERS");
            s.jar = Path.of(required("BENCH_APP_JAR"));
            s.work = Path.of(required("BENCH_WORK_DIR"));
            s.output = Path.of(required("BENCH_OUTPUT"));
            s.concurrency = Integer.parseInt(System.getenv().getOrDefault("BENCH_CONCURRENCY", "8"));
            s.warmup = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "10")));
            s.duration = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "20")));
            s.ppcs = Integer.parseInt(System.getenv().getOrDefault("BENCH_PPCS", "200"));
            s.appCpus = System.getenv().getOrDefault("BENCH_APP_CPUS", "");
            s.loadBefore = loadAverage();
            return s;
        }

        private static String loadAverage() {
            try {
                String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return parts[0] + ", " + parts[1] + ", " + parts[2];
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String required(String name) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is not set; run this through bench/admission/run.sh");
            }
            return value;
        }
    }

    static void prepareDatabase(Settings s) throws Exception {
        try (Connection connection = DriverManager.getConnection(s.jdbcBase + "/", s.dbUser, s.dbPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static KeyPair generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** The packaged service, started for this run and stopped at its end. */
    static final class App implements AutoCloseable {
        final Process process;
        final String baseUrl;
        final Path log;

        private App(Process process, String baseUrl, Path log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.log = log;
        }

        static App start(Settings s, KeyPair keys) throws Exception {
            int port = freePort();
            List<String> command = new ArrayList<>();
            if (!s.appCpus.isBlank()) {
                command.addAll(List.of("taskset", "-c", s.appCpus));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Dquarkus.http.port=" + port,
                    "-Dreleasetrain.bench.enabled=true",
                    "-Dquarkus.log.console.level=WARN",
                    "-jar", s.jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            // Secrets and keys through the environment, never on the command line.
            env.put("QUARKUS_DATASOURCE_JDBC_URL", s.jdbcBase + "/" + DATABASE);
            env.put("QUARKUS_DATASOURCE_USERNAME", s.dbUser);
            env.put("QUARKUS_DATASOURCE_PASSWORD", s.dbPassword);
            env.put("KAFKA_BOOTSTRAP_SERVERS", s.kafka);
            env.put("MP_JWT_VERIFY_PUBLICKEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            Path log = s.work.resolve("maintenance-service.log");
            Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            App app = new App(process, "http://127.0.0.1:" + port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
            app.awaitReady();
            return app;
        }

        private void awaitReady() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("maintenance-service exited during startup; see " + log);
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        System.out.println("maintenance-service is ready at " + baseUrl);
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            throw new IllegalStateException("maintenance-service was not ready within 90s; see " + log);
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    /** RS256 JWTs, signed with the key pair made for this run. */
    static final class Tokens {
        static String sign(KeyPair keys, String subject, List<String> groups) throws Exception {
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            long now = Instant.now().getEpochSecond();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
            String claims = String.format("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[%s],"
                    + "\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}", ISSUER, subject, subject,
                    String.join(",", groups.stream().map(g -> "\"" + g + "\"").toList()), now, now + 3 * 3600,
                    UUID.randomUUID());
            String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + url.encodeToString(rsa.sign());
        }
    }

    /** One keep-alive HTTP/1.1 client shared by every caller. */
    static final class Http {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final String baseUrl;
        final String token;

        Http(String baseUrl, String token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        int get(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        int put(String path, String json) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** PPCs as the fleet mirror writes them, then maintenance through the API for every other one. */
    static final class Seed {
        static List<String> run(Settings s, Http http) throws Exception {
            List<String> clouds = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(s.jdbcBase + "/" + DATABASE, s.dbUser,
                    s.dbPassword);
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO clouds (id, name, org_id, flags, retired, updated_at) VALUES (?, ?, ?, ?, FALSE, ?)")) {
                for (int i = 0; i < s.ppcs; i++) {
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setString(2, "bench-ppc-" + i);
                    insert.setString(3, "bench-org-" + (i % 10));
                    insert.setLong(4, i % 3 == 0 ? 0x2 : 0);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    clouds.add(id);
                }
                insert.executeBatch();
            }
            String expiry = Instant.now().plus(Duration.ofHours(2)).toString();
            for (int i = 0; i < clouds.size(); i += 2) {
                String body = i % 4 == 0
                        ? "{\"set\":true,\"reason\":\"benchmark\",\"expiresAt\":\"" + expiry + "\"}"
                        : "{\"set\":true,\"reason\":\"benchmark\"}";
                int status = http.put("/clouds/" + clouds.get(i) + "/flags/maintenance", body);
                if (status != 200) {
                    throw new IllegalStateException("Seeding maintenance answered " + status);
                }
            }
            System.out.printf("Seeded %d PPCs, %d of them in maintenance%n", clouds.size(), (clouds.size() + 1) / 2);
            return clouds;
        }
    }

    /** A fixed number of callers, each sending its next request as soon as the last one is answered. */
    static final class Load {
        final Settings settings;
        final Http http;
        final List<String> clouds;

        Load(Settings settings, Http http, List<String> clouds) {
            this.settings = settings;
            this.http = http;
            this.clouds = clouds;
        }

        Result measure(String endpoint, Duration length) throws Exception {
            ExecutorService callers = Executors.newFixedThreadPool(settings.concurrency);
            List<Future<Caller>> futures = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + length.toNanos();
            for (int i = 0; i < settings.concurrency; i++) {
                futures.add(callers.submit(() -> new Caller().run(endpoint, deadline)));
            }
            List<Caller> done = new ArrayList<>();
            for (Future<Caller> future : futures) {
                done.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            callers.shutdown();
            return Result.of(endpoint, done, seconds);
        }

        final class Caller {
            long[] latencies = new long[1 << 16];
            int count;
            final Map<Integer, Integer> statuses = new TreeMap<>();
            int errors;

            Caller run(String endpoint, long deadline) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String path = endpoint.replace("{id}", clouds.get(random.nextInt(clouds.size())));
                    long begin = System.nanoTime();
                    int status;
                    try {
                        status = http.get(path);
                    } catch (Exception e) {
                        status = -1;
                    }
                    record(System.nanoTime() - begin, status, endpoint);
                }
                return this;
            }

            private void record(long nanos, int status, String endpoint) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = nanos;
                statuses.merge(status, 1, Integer::sum);
                boolean expected = endpoint.contains("admission") ? status == 204 || status == 503 : status == 204;
                if (!expected) {
                    errors++;
                }
            }
        }
    }

    /** The figures of one measured phase. */
    record Result(String endpoint, long requests, double seconds, double perSecond, double p50, double p99,
            double max, Map<Integer, Integer> statuses, int errors) {

        static Result of(String endpoint, List<Load.Caller> callers, double seconds) {
            int total = callers.stream().mapToInt(c -> c.count).sum();
            long[] all = new long[total];
            int at = 0;
            Map<Integer, Integer> statuses = new TreeMap<>();
            int errors = 0;
            for (Load.Caller caller : callers) {
                System.arraycopy(caller.latencies, 0, all, at, caller.count);
                at += caller.count;
                caller.statuses.forEach((status, n) -> statuses.merge(status, n, Integer::sum));
                errors += caller.errors;
            }
            Arrays.sort(all);
            return new Result(endpoint, total, seconds, total / seconds, millis(all, 0.50), millis(all, 0.99),
                    total == 0 ? 0 : all[total - 1] / 1e6, statuses, errors);
        }

        private static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** Writes the results as markdown. */
    static final class Report {
        static void write(Settings s, int ppcs, Result admission, Result noop) throws IOException {
            StringBuilder md = new StringBuilder();
            md.append("# Admission check benchmark\n\n");
            md.append("Produced by `bench/admission/run.sh` on ")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)
                            .withNano(0))).append(" UTC. Do not edit by hand; run it again.\n\n");
            md.append("## Setup\n\n");
            md.append("- Machine: ").append(cpuModel()).append(", ").append(cpus()).append(" CPUs; Java ")
                    .append(System.getProperty("java.version")).append("; load average before the run: ")
                    .append(s.loadBefore).append(" (other work on the machine skews the figures)\n");
            md.append("- App: packaged `maintenance-service` (`quarkus-run.jar`, -Xmx512m)")
                    .append(s.appCpus.isBlank() ? "" : ", pinned to CPU " + s.appCpus)
                    .append("; MariaDB and Kafka from the local infrastructure, on the same machine\n");
            md.append("- Load: ").append(s.concurrency).append(" concurrent callers (java.net.http, HTTP/1.1 keep-alive), ")
                    .append(s.warmup.toSeconds()).append(" s warm-up per endpoint, then ").append(s.duration.toSeconds())
                    .append(" s measured per endpoint\n");
            md.append("- Data: ").append(ppcs).append(" PPCs, half in maintenance (half of those with an expiry); ")
                    .append("each admission call asks about a PPC picked at random\n");
            md.append("- Both endpoints need the same bearer token (RS256, verified on every call); `/bench/noop` does nothing else\n\n");
            md.append("## Results\n\n");
            md.append("| endpoint | requests | requests/s | p50 ms | p99 ms | max ms | answers |\n");
            md.append("|---|---:|---:|---:|---:|---:|---|\n");
            row(md, admission);
            row(md, noop);
            md.append('\n');
            md.append(String.format("Admission vs bare endpoint: throughput ratio %.2f, p50 ratio %.2f, p99 ratio %.2f.%n",
                    admission.perSecond / noop.perSecond, admission.p50 / noop.p50, admission.p99 / noop.p99));
            md.append(String.format("%nThe check's own cost (one primary-key read of the flags and the maintenance hold) is "
                    + "about %.3f ms at p50 over the bare endpoint under this load.%n", admission.p50 - noop.p50));
            md.append("\nThe driver, the app and the database share this machine's CPUs, so absolute figures are a floor; "
                    + "the ratio between the two endpoints, measured in the same run, is the figure to compare.\n");
            Files.createDirectories(s.output.getParent());
            Files.writeString(s.output, md.toString());
        }

        private static void row(StringBuilder md, Result r) {
            md.append(String.format("| `GET %s` | %d | %.0f | %.2f | %.2f | %.2f | %s |%n", r.endpoint, r.requests,
                    r.perSecond, r.p50, r.p99, r.max, answers(r.statuses)));
        }

        private static String answers(Map<Integer, Integer> statuses) {
            List<String> parts = new ArrayList<>();
            statuses.forEach((status, n) -> parts.add((status < 0 ? "failed" : String.valueOf(status)) + ": " + n));
            return String.join(", ", parts);
        }

        private static String cpus() {
            try {
                return String.valueOf(Files.readString(Path.of("/proc/cpuinfo")).lines()
                        .filter(l -> l.startsWith("processor")).count());
            } catch (IOException e) {
                return "?";
            }
        }

        private static String cpuModel() {
            try (InputStream in = Files.newInputStream(Path.of("/proc/cpuinfo"))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
            } catch (IOException e) {
                return "unknown CPU";
            }
        }
    }
}
