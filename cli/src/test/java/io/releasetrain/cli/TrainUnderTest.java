package io.releasetrain.cli;

import io.releasetrain.cli.auth.DevTokens;
import io.releasetrain.cli.http.Service;
import io.releasetrain.testsupport.DatabaseServer;
import io.releasetrain.testsupport.EmbeddedKafka;
import io.releasetrain.testsupport.ServiceProcess;
import io.releasetrain.testsupport.TestDatabases;
import io.releasetrain.testsupport.TestWireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The packaged services the CLI talks to, each its own process, against the real broker and database server,
 * started once per test JVM. They trust the local run's kind of key ({@code rt login --dev} signs with it), made
 * fresh in a temporary directory, exactly as {@code scripts/run-local.sh} tells them to trust {@code .local/jwt}.
 */
final class TrainUnderTest {

    /** The service modules the CLI tests run, with the database each owns. */
    private static final Map<Service, String[]> MODULES = Map.of(
            Service.PROMOTER, new String[] {"promoter-service", "promoter"},
            Service.PPC_UPDATER, new String[] {"ppc-updater-service", "ppc_updater"},
            Service.MAINTENANCE, new String[] {"maintenance-service", "maintenance"});

    private static Map<Service, String> urls;
    private static RuntimeException startFailure;
    private static Path keyDir;

    private TrainUnderTest() {
    }

    /** The base URL of each running service; the first call starts them. */
    static synchronized Map<Service, String> urls() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (urls == null) {
            try {
                urls = startAll();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return urls;
    }

    /** The directory of the key the services trust for {@code rt login --dev}. */
    static synchronized Path keyDir() {
        if (keyDir == null) {
            try {
                keyDir = Files.createTempDirectory("rt-dev-key");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new DevTokens(keyDir).mint("setup", List.of(), Instant.now());
        }
        return keyDir;
    }

    private static Map<Service, String> startAll() {
        String kafka = EmbeddedKafka.bootstrapServers();
        DatabaseServer db = TestDatabases.server();
        Path publicKey = keyDir().resolve("public.pem");
        Map<Service, CompletableFuture<ServiceProcess>> starting = new EnumMap<>(Service.class);
        MODULES.forEach((service, module) -> {
            Map<String, String> config = new HashMap<>();
            config.put("kafka.bootstrap.servers", kafka);
            config.put("quarkus.datasource.jdbc.url", TestDatabases.freshDatabase(module[1]));
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
            config.put("mp.jwt.verify.publickey.location", publicKey.toString());
            config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
            if (service == Service.PROMOTER) {
                // GitHub and Travis CI are WireMock here (see FakeGitHub). Checks arrive as events on the bus, as
                // the webhook ingress publishes them; the reconciler's safety net stays out of the way.
                config.put("releasetrain.github.api-url", TestWireMock.baseUrl());
                config.put("releasetrain.travis.api-url", TestWireMock.baseUrl());
                config.put("releasetrain.github.token", "cli-test-github-token");
                config.put("releasetrain.promotion.repository", FakeGitHub.REPOSITORY);
                config.put("releasetrain.promotion.reconcile-interval", "1h");
            }
            if (service == Service.PPC_UPDATER) {
                // Travis CI, which runs PPC update jobs, is WireMock here; only the stand-up tests start (create) jobs.
                config.put("quarkus.rest-client.travis.url", TestWireMock.baseUrl());
                config.put("releasetrain.travis.token", "cli-test-travis-token");
                // A throw-away access token key, made for this run: stand-ups are refused without one.
                config.put("releasetrain.standup.keys", "cli-test:" + randomAesKey());
            }
            Path jar = Path.of(System.getProperty("releasetrain.repository.root", ".."), module[0], "target",
                    "quarkus-app", "quarkus-run.jar");
            starting.put(service, CompletableFuture.supplyAsync(() -> ServiceProcess.start(module[0], jar, config)));
        });
        Map<Service, String> started = new EnumMap<>(Service.class);
        RuntimeException failure = null;
        for (Map.Entry<Service, CompletableFuture<ServiceProcess>> entry : starting.entrySet()) {
            try {
                started.put(entry.getKey(), entry.getValue().join().baseUrl());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            // The ones that did start stop with the JVM (ServiceProcess's shutdown hook); none is started again.
            throw failure;
        }
        return Map.copyOf(started);
    }

    private static String randomAesKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
