package io.releasetrain.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
 * What the console's tests run against: a real broker and database server, the services the console calls,
 * packaged and each in its own JVM (as in production), and WireMock as the OpenID Connect provider. Started
 * once per test run.
 */
public class ConsoleTestStack implements QuarkusTestResourceLifecycleManager {

    /** Configuration key under which the tests find ppc-updater-service's URL. */
    static final String PPC_UPDATER_URL = "releasetrain.test.ppc-updater-url";
    /** Configuration key under which the tests find maintenance-service's URL. */
    static final String MAINTENANCE_URL = "releasetrain.test.maintenance-url";

    /** A service module the console calls, and the database it owns. */
    enum Service {
        PPC_UPDATER("ppc-updater-service", "ppc_updater", "ppc-updater", List.of("quarkus.rest-client.travis.url")),
        MAINTENANCE("maintenance-service", "maintenance", "maintenance", List.of());

        final String module;
        final String database;
        final String restClient;
        final List<String> outsideSystems;

        Service(String module, String database, String restClient, List<String> outsideSystems) {
            this.module = module;
            this.database = database;
            this.restClient = restClient;
            this.outsideSystems = outsideSystems;
        }
    }

    @Override
    public Map<String, String> start() {
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
            // Outside systems are WireMock here, never the internet.
            service.outsideSystems.forEach(key -> config.put(key, TestWireMock.baseUrl()));
            Path jar = Path.of(System.getProperty("releasetrain.repository.root", ".."), service.module, "target",
                    "quarkus-app", "quarkus-run.jar");
            starting.put(service, CompletableFuture.supplyAsync(() -> ServiceProcess.start(service.module, jar, config)));
        }
        String oidc = OidcProvider.install(TestWireMock.client(), TestWireMock.baseUrl());

        Map<String, String> console = new HashMap<>();
        console.put("kafka.bootstrap.servers", kafka);
        console.put("quarkus.oidc.auth-server-url", oidc);
        console.put("quarkus.oidc.client-id", OidcProvider.CLIENT_ID);
        console.put("quarkus.oidc.credentials.secret", OidcProvider.CLIENT_SECRET);
        // TestTokens carry no audience; a real provider's ID tokens name the console's client id.
        console.put("quarkus.oidc.token.audience", "any");
        starting.forEach((service, future) -> {
            String url = future.join().baseUrl();
            console.put("quarkus.rest-client." + service.restClient + ".url", url);
            console.put(service == Service.PPC_UPDATER ? PPC_UPDATER_URL : MAINTENANCE_URL, url);
        });
        return console;
    }

    @Override
    public void stop() {
        // The services stop with the JVM (ServiceProcess registers a shutdown hook), as the broker does.
    }
}
