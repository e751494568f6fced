package io.releasetrain.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run against: a Kafka broker, a fresh
 * database on a MySQL-compatible server, and the public key test tokens are signed with.
 *
 * <p>Declare it once per module, with the service's database name:
 * <pre>{@code
 * @WithTestResource(value = ReleaseTrainInfrastructure.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = @ResourceArg(name = ReleaseTrainInfrastructure.DATABASE, value = "promoter"))
 * }</pre>
 * The broker and the server are started once per JVM and shared by every test profile. With
 * {@link #WIREMOCK_URL_KEYS}, the named configuration keys point at the shared WireMock server.
 */
public class ReleaseTrainInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the name of the service's database (its schema). */
    public static final String DATABASE = "database";

    /**
     * Init argument: comma-separated configuration keys to point at {@link TestWireMock}'s base URL,
     * e.g. {@code releasetrain.github.api-url,releasetrain.travis.api-url}.
     */
    public static final String WIREMOCK_URL_KEYS = "wiremock-url-keys";

    private String database = "releasetrain";
    private String wireMockUrlKeys = "";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
        wireMockUrlKeys = initArgs.getOrDefault(WIREMOCK_URL_KEYS, "");
    }

    @Override
    public Map<String, String> start() {
        // Broker and database start in parallel: together they take as long as the slower one.
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(EmbeddedKafka::bootstrapServers);
        String jdbcUrl = TestDatabases.freshDatabase(database);
        DatabaseServer server = TestDatabases.server();

        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.join());
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", server.username());
        config.put("quarkus.datasource.password", server.password());
        config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        for (String key : wireMockUrlKeys.split(",")) {
            if (!key.isBlank()) {
                config.put(key.trim(), TestWireMock.baseUrl());
            }
        }
        return config;
    }

    @Override
    public void stop() {
        // Shared for the whole JVM: the broker and the server stop when the JVM exits.
    }
}
