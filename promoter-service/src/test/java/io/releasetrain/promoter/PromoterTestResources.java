package io.releasetrain.promoter;

import io.releasetrain.testsupport.ReleaseTrainInfrastructure;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The shared infrastructure plus what this service's tests need: the database reached through a
 * {@link DatabaseProxy} (so one test can take it down), webhook secrets and a GitHub token generated
 * for this run (never stored), small limits and short timeouts.
 */
public class PromoterTestResources extends ReleaseTrainInfrastructure {

    /** Configured with hook id {@link #SERVICE_HOOK_ID}: its secret is picked by {@code X-GitHub-Hook-ID}. */
    public static final String SERVICE_REPOSITORY = "acme/pulumi-service";
    public static final long SERVICE_HOOK_ID = 1001;
    /** Configured without a hook id: its secret is tried for deliveries whose hook id is unknown. */
    public static final String PPC_REPOSITORY = "acme/pulumi-ppc";
    public static final String MAX_BODY_SIZE = "256K";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        URI jdbc = URI.create(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        DatabaseProxy proxy = DatabaseProxy.start(jdbc.getHost(), jdbc.getPort());
        config.put("quarkus.datasource.jdbc.url", "jdbc:mysql://127.0.0.1:" + proxy.port() + jdbc.getRawPath());

        config.put("releasetrain.github.repositories.service.name", SERVICE_REPOSITORY);
        config.put("releasetrain.github.repositories.service.webhook-secret", randomSecret());
        config.put("releasetrain.github.repositories.service.hook-id", String.valueOf(SERVICE_HOOK_ID));
        config.put("releasetrain.github.repositories.ppc.name", PPC_REPOSITORY);
        config.put("releasetrain.github.repositories.ppc.webhook-secret", randomSecret());
        config.put("releasetrain.github.token", randomSecret());
        config.put("releasetrain.travis.repositories", SERVICE_REPOSITORY + "," + PPC_REPOSITORY);
        config.put("releasetrain.travis.key-refresh-min-interval", "0s");
        config.put("releasetrain.webhooks.max-body-size", MAX_BODY_SIZE);
        config.put("releasetrain.webhooks.retry-after", "7s");
        // The scheduled recovery stays out of the way; its test runs it by hand.
        config.put("releasetrain.github.redelivery.interval", "1h");
        // Promotions of the service repository; the reconciler runs when a test calls it.
        config.put("releasetrain.promotion.repository", SERVICE_REPOSITORY);
        config.put("releasetrain.promotion.reconcile-interval", "1h");
        // The calendar ticks when a test calls it, at the time the test clock says.
        config.put("releasetrain.calendar.tick", "1h");
        config.put("releasetrain.calendar.first-tick", "1h");
        for (String system : new String[] {"github", "travis"}) {
            // A silent socket times out after 500 ms; a whole attempt may take 5 s (a cold first call is slow).
            config.put("quarkus.rest-client." + system + ".read-timeout", "500");
            config.put("releasetrain." + system + ".http.request-timeout", "5s");
            config.put("releasetrain." + system + ".http.backoff", "20ms");
            config.put("releasetrain." + system + ".http.max-attempts", "3");
            config.put("releasetrain." + system + ".http.max-rate-limit-wait", "3s");
            // Eight failed attempts in a row open the circuit (no other test fails that often); it stays open 1 s.
            config.put("releasetrain." + system + ".http.circuit.window", "8");
            config.put("releasetrain." + system + ".http.circuit.failure-ratio", "1.0");
            config.put("releasetrain." + system + ".http.circuit.delay", "1s");
        }
        return config;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
