package io.releasetrain.ppcupdater;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.registry.PpcStatus;
import io.releasetrain.ppcupdater.rollout.Rollout;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import io.releasetrain.ppcupdater.update.UpdateState;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test fleets: PPCs registered through the REST API as an org admin would. */
public final class Fleet {

    public static final String ORG_ADMIN = TestTokens.forRoles("olga@example.com", Roles.ORG_ADMIN);
    public static final String ONCALL = TestTokens.forRoles("pat@example.com", Roles.ONCALL_PRIMARY);
    public static final String READER = TestTokens.forRoles("rita@example.com");

    private Fleet() {
    }

    /**
     * Given: only the PPCs a test registers from now on are in the fleet (earlier tests' PPCs retired,
     * their rollouts and jobs stopped).
     */
    public static void startEmpty() {
        QuarkusTransaction.requiringNew().run(() -> {
            Ppc.update("status = ?1 where status = ?2", PpcStatus.RETIRED, PpcStatus.ATTACHED);
            Rollout.update("state = ?1 where state in ?2", RolloutPhase.ABORTED, List.of(RolloutPhase.AWAITING_APPROVAL,
                    RolloutPhase.QUEUED, RolloutPhase.RUNNING, RolloutPhase.PAUSED, RolloutPhase.HALTED,
                    RolloutPhase.FINISHED));
            PpcUpdate.update("state = ?1 where state in ?2", UpdateState.CANCELLED, List.of(UpdateState.PENDING,
                    UpdateState.TRIGGERING, UpdateState.RUNNING, UpdateState.CHECKING));
        });
    }

    /** A unique PPC name with the {@code <prefix>-ppc-<suffix>} form. */
    public static String name(String prefix) {
        return prefix + "-ppc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a customer PPC, healthy at its WireMock endpoint; returns its cloud id. */
    public static String customer(String name) {
        return register(name, "CUSTOMER", null);
    }

    /** Registers a service PPC of {@code environment}; returns its cloud id. */
    public static String service(String name, String environment) {
        return register(name, "SERVICE", environment);
    }

    private static String register(String name, String kind, String environment) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "orgId", "org-" + name, "kind", kind,
                "endpoint", FakeTravis.endpoint(name), "region", "eu-west-1", "version", "v1.0.0"));
        if (environment != null) {
            body.put("environment", environment);
        }
        FakeTravis.healthy(name);
        return given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON).body(body)
                .post("/ppcs").then().statusCode(201).extract().path("cloudId");
    }

    /** maintenance-service changes the PPC's flags; waits until the registry's copy shows them. */
    public static void flags(String cloudId, long before, long after) {
        Bus.publish(new FlagsChanged(UUID.randomUUID().toString(), cloudId, "org", before, after, "mia", "test",
                null, null), "maintenance-service");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(READER).get("/ppcs/{id}", cloudId)
                .then().extract().<Number>path("flags").longValue() == after);
    }
}
