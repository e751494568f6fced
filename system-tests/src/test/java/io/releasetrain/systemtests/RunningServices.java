package io.releasetrain.systemtests;

import io.releasetrain.testsupport.DatabaseServer;
import io.releasetrain.testsupport.EmbeddedKafka;
import io.releasetrain.testsupport.ServiceProcess;
import io.releasetrain.testsupport.TestDatabases;
import io.releasetrain.testsupport.TestTokens;
import io.releasetrain.testsupport.TestWireMock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The four packaged services, each in its own JVM, against one real broker and one real database
 * server (a database each), started once for all system tests and stopped when the JVM exits.
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

    private static Map<Service, ServiceProcess> running;

    private RunningServices() {
    }

    /** The base URL of a running service; the first call starts them all (not in a static initializer:
     * the start-up threads would wait for this class's initialization and deadlock). */
    static synchronized String baseUrl(Service service) {
        if (running == null) {
            running = startAll();
        }
        return running.get(service).baseUrl();
    }

    private static Map<Service, ServiceProcess> startAll() {
        String kafka = EmbeddedKafka.bootstrapServers();
        DatabaseServer db = TestDatabases.server();
        Map<Service, CompletableFuture<ServiceProcess>> starting = new HashMap<>();
        for (Service service : Service.values()) {
            Map<String, String> config = new HashMap<>();
            config.put("kafka.bootstrap.servers", kafka);
            config.put("quarkus.datasource.jdbc.url", TestDatabases.freshDatabase(service.database));
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
            config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
            config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
            // Outside systems (GitHub, Travis CI, Slack) are WireMock here, never the internet.
            for (String key : List.of("releasetrain.github.api-url", "releasetrain.travis.api-url", "releasetrain.slack.api-url")) {
                config.put(key, TestWireMock.baseUrl());
            }
            Path jar = jarOf(service);
            starting.put(service, CompletableFuture.supplyAsync(() -> ServiceProcess.start(service.module, jar, config)));
        }
        Map<Service, ServiceProcess> running = new HashMap<>();
        starting.forEach((service, future) -> running.put(service, future.join()));
        return Map.copyOf(running);
    }

    private static Path jarOf(Service service) {
        String root = System.getProperty("releasetrain.repository.root", "..");
        return Path.of(root, service.module, "target", "quarkus-app", "quarkus-run.jar");
    }
}
