package io.releasetrain.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

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
 * What the console's tests run against: a real broker and database server, the services the console calls
 * (promoter, ppc-updater, maintenance), packaged and each in its own JVM (as in production), and WireMock as the
 * outside systems: the OpenID Connect provider, GitHub and Travis CI. Started once per test run.
 */
public class ConsoleTestStack implements QuarkusTestResourceLifecycleManager {

    /** Configuration key under which the tests find ppc-updater-service's URL. */
    static final String PPC_UPDATER_URL = "releasetrain.test.ppc-updater-url";
    /** Configuration key under which the tests find maintenance-service's URL. */
    static final String MAINTENANCE_URL = "releasetrain.test.maintenance-url";
    /** Configuration key under which the tests find promoter-service's URL. */
    static final String PROMOTER_URL = "releasetrain.test.promoter-url";
    /** The repository the promoter promotes, on WireMock's GitHub. */
    static final String REPOSITORY = "acme/pulumi-service";

    private static final String TRAVIS_REPOSITORY = REPOSITORY;
    private static final int TRAVIS_REQUEST = 7_000_001;
    private static final int TRAVIS_BUILD = 57_000_001;

    /** A service module the console calls, and the database it owns. */
    enum Service {
        PPC_UPDATER("ppc-updater-service", "ppc_updater", "ppc-updater", List.of("releasetrain.travis.api-url")),
        MAINTENANCE("maintenance-service", "maintenance", "maintenance", List.of()),
        PROMOTER("promoter-service", "promoter", "promoter",
                List.of("releasetrain.github.api-url", "releasetrain.travis.api-url"));

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
            if (service == Service.PPC_UPDATER) {
                config.put("releasetrain.travis.token", "console-test-travis-token");
                config.put("releasetrain.travis.repository", TRAVIS_REPOSITORY);
            }
            if (service == Service.PROMOTER) {
                promoter(config);
            }
            Path jar = Path.of(System.getProperty("releasetrain.repository.root", ".."), service.module, "target",
                    "quarkus-app", "quarkus-run.jar");
            starting.put(service, CompletableFuture.supplyAsync(() -> ServiceProcess.start(service.module, jar, config)));
        }
        travisKeepsEveryJobRunning();
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
            console.put(switch (service) {
                case PPC_UPDATER -> PPC_UPDATER_URL;
                case MAINTENANCE -> MAINTENANCE_URL;
                case PROMOTER -> PROMOTER_URL;
            }, url);
        });
        return console;
    }

    /**
     * The promoter promotes {@link #REPOSITORY} on WireMock's GitHub; the calendar and the reconciler stay out of
     * the way (the tests drive promotions with CI events on the bus, as ingress would publish them).
     */
    private static void promoter(Map<String, String> config) {
        config.put("releasetrain.github.token", "console-test-github-token");
        config.put("releasetrain.promotion.repository", REPOSITORY);
        config.put("releasetrain.travis.repositories", REPOSITORY);
        config.put("releasetrain.promotion.reconcile-interval", "1h");
        config.put("releasetrain.github.redelivery.interval", "1h");
        config.put("releasetrain.calendar.tick", "1h");
        config.put("releasetrain.calendar.first-tick", "1h");
    }

    /**
     * Travis accepts every PPC job and shows its build as started for as long as the test runs, so a rollout
     * the tests approve stays {@code RUNNING} (a job that cannot start would fail its PPC and halt the rollout
     * before the test looks at it).
     */
    private static void travisKeepsEveryJobRunning() {
        String repo = "/repo/" + TRAVIS_REPOSITORY.replace("/", "%2F");
        var wireMock = TestWireMock.client();
        wireMock.register(post(urlPathEqualTo(repo + "/requests")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"@type\":\"pending\",\"remaining_requests\":10,\"request\":{\"id\":" + TRAVIS_REQUEST
                        + ",\"message\":\"m\"},\"resource_type\":\"request\"}")));
        wireMock.register(get(urlPathEqualTo(repo + "/request/" + TRAVIS_REQUEST)).willReturn(okJson(
                "{\"@type\":\"request\",\"id\":" + TRAVIS_REQUEST + ",\"state\":\"finished\",\"result\":\"approved\","
                        + "\"builds\":[{\"@type\":\"build\",\"id\":" + TRAVIS_BUILD + ",\"number\":\"1\",\"state\":\"created\"}]}")));
        wireMock.register(get(urlPathEqualTo("/build/" + TRAVIS_BUILD)).willReturn(okJson(
                "{\"@type\":\"build\",\"id\":" + TRAVIS_BUILD + ",\"number\":\"1\",\"state\":\"started\"}")));
    }

    @Override
    public void stop() {
        // The services stop with the JVM (ServiceProcess registers a shutdown hook), as the broker does.
    }
}
