package io.releasetrain.systemtests;

import io.releasetrain.testsupport.DatabaseServer;
import io.releasetrain.testsupport.EmbeddedKafka;
import io.releasetrain.testsupport.ServiceProcess;
import io.releasetrain.testsupport.TestDatabases;
import io.releasetrain.testsupport.TestTokens;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The four packaged services and the sandbox, each in its own JVM, against one real broker and one real database
 * server (a database each), started once for all system tests and stopped when the JVM exits. The sandbox plays
 * GitHub, Travis CI, Slack and the PPC fleet, configured as {@code scripts/local-apps.sh} configures it for
 * {@code ./release-train}, with the clock of the week shortened (builds, jobs, bakes and ticks of a second or two).
 */
final class RunningServices {

    /** A service module and the database it owns. */
    enum Service {
        PROMOTER("promoter-service", "promoter"),
        PPC_UPDATER("ppc-updater-service", "ppc_updater"),
        MAINTENANCE("maintenance-service", "maintenance"),
        NOTIFIER("notifier-service", "notifier");

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    static final String REPOSITORY = "acme/pulumi-service";

    private static Map<Service, ServiceProcess> running;
    private static ServiceProcess sandbox;

    private RunningServices() {
    }

    /** The base URL of a running service; the first call starts them all (not in a static initializer:
     * the start-up threads would wait for this class's initialization and deadlock). */
    static synchronized String baseUrl(Service service) {
        startOnce();
        return running.get(service).baseUrl();
    }

    /** The sandbox's base URL: its controls under {@code /sandbox}, its GitHub, Travis CI, Slack and PPCs. */
    static synchronized String sandboxUrl() {
        startOnce();
        return sandbox.baseUrl();
    }

    /** SIGKILLs a service and starts it again on the same port with the same database, as after a crash. */
    static synchronized void killAndRestart(Service service) {
        startOnce();
        ServiceProcess process = running.get(service);
        process.kill();
        running.put(service, process.restart());
    }

    private static void startOnce() {
        if (running == null) {
            startAll();
        }
    }

    private static void startAll() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, ServiceProcess.freePort());
        }
        int sandboxPort = ServiceProcess.freePort();
        String sandboxUrl = "http://127.0.0.1:" + sandboxPort;
        String promoterUrl = "http://127.0.0.1:" + ports.get(Service.PROMOTER);
        String webhookSecret = UUID.randomUUID().toString();

        CompletableFuture<ServiceProcess> world = CompletableFuture.supplyAsync(() -> ServiceProcess.start("sandbox",
                jarOf("sandbox"), sandboxConfig(sandboxUrl, promoterUrl, webhookSecret), sandboxPort));
        Map<Service, CompletableFuture<ServiceProcess>> starting = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Map<String, String> config = serviceConfig(service, sandboxUrl, webhookSecret);
            starting.put(service, CompletableFuture.supplyAsync(
                    () -> ServiceProcess.start(service.module, jarOf(service.module), config, ports.get(service))));
        }
        Map<Service, ServiceProcess> started = new EnumMap<>(Service.class);
        starting.forEach((service, future) -> started.put(service, future.join()));
        sandbox = world.join();
        running = started;
    }

    private static Map<String, String> serviceConfig(Service service, String sandboxUrl, String webhookSecret) {
        DatabaseServer db = TestDatabases.server();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestDatabases.freshDatabase(service.database));
        config.put("quarkus.datasource.username", db.username());
        config.put("quarkus.datasource.password", db.password());
        config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        switch (service) {
            case PROMOTER -> {
                config.put("releasetrain.github.api-url", sandboxUrl);
                config.put("releasetrain.github.token", "sandbox-github-token");
                config.put("releasetrain.github.repositories.service.name", REPOSITORY);
                config.put("releasetrain.github.repositories.service.hook-id", "1");
                config.put("releasetrain.github.repositories.service.webhook-secret", webhookSecret);
                config.put("releasetrain.github.redelivery.interval", "10s");
                config.put("releasetrain.travis.api-url", sandboxUrl);
                config.put("releasetrain.travis.repositories", REPOSITORY);
                config.put("releasetrain.promotion.repository", REPOSITORY);
                // Webhooks the sandbox sent while the promoter was down are made up for by the reconciler.
                config.put("releasetrain.promotion.reconcile-interval", "2s");
            }
            case PPC_UPDATER -> {
                config.put("releasetrain.travis.api-url", sandboxUrl);
                config.put("releasetrain.travis.token", "sandbox-travis-token");
                config.put("releasetrain.travis.repository", REPOSITORY);
                config.put("releasetrain.travis.web-url", sandboxUrl + "/web/travis");
                config.put("releasetrain.rollout.bake-time", "2s");
                config.put("releasetrain.rollout.concurrency", "10");
                config.put("releasetrain.rollout.failure-budget-percent", "0");
                config.put("releasetrain.rollout.failure-budget-minimum", "0");
                config.put("releasetrain.updates.tick-interval", "1s");
                config.put("releasetrain.updates.poll-interval", "2s");
                config.put("releasetrain.updates.retry-delay", "2s");
                config.put("releasetrain.health.interval", "1s");
            }
            case NOTIFIER -> {
                config.put("releasetrain.slack.api-url", sandboxUrl + "/api");
                config.put("releasetrain.notifier.slack.bot-token", "xoxb-sandbox-token");
                config.put("releasetrain.notifier.sender.min-interval", "0");
            }
            case MAINTENANCE -> {
            }
        }
        return config;
    }

    private static Map<String, String> sandboxConfig(String sandboxUrl, String promoterUrl, String webhookSecret) {
        Map<String, String> config = new HashMap<>();
        config.put("sandbox.base-url", sandboxUrl);
        config.put("sandbox.github.repository", REPOSITORY);
        config.put("sandbox.github.hook-id", "1");
        config.put("sandbox.github.webhook-secret", webhookSecret);
        config.put("sandbox.travis.build-duration", "2s");
        config.put("sandbox.travis.job-duration", "1s");
        config.put("sandbox.travis.queue-time", "100ms");
        config.put("quarkus.rest-client.promoter.url", promoterUrl);
        config.put("sandbox.promoter.token", TestTokens.forRoles("sandbox-calendar", "release-admin", "oncall-primary",
                "oncall-secondary"));
        return config;
    }

    private static Path jarOf(String module) {
        String root = System.getProperty("releasetrain.repository.root", "..");
        return Path.of(root, module, "target", "quarkus-app", "quarkus-run.jar");
    }
}
