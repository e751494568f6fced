package io.releasetrain.maintenance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.HoldExpiry;
import io.releasetrain.maintenance.window.WindowSweep;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several sweeps at once, as several instances of the service would run them (plus this instance's own
 * scheduled sweep): each expired flag is cleared once and each window starts once.
 */
@QuarkusTest
class SweepOnSeveralInstancesTest {

    private static final int INSTANCES = 4;

    @Inject
    TestFleet fleet;

    @Inject
    HoldExpiry expiry;

    @Inject
    WindowSweep windows;

    @Test
    void anExpiredFlagIsClearedOnceHoweverManySweepsRace() throws Exception {
        String org = TestFleet.newOrg();
        List<String> clouds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String cloudId = fleet.add(org, CloudFlags.HEALTH_CHECK_OPT_OUT);
            fleet.holdExpiredAMinuteAgo(cloudId, CloudFlags.MAINTENANCE);
            clouds.add(cloudId);
        }

        race(() -> expiry.releaseExpired(Instant.now()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clouds)
                .allSatisfy(id -> assertThat(fleet.flagsOf(id)).isEqualTo(CloudFlags.HEALTH_CHECK_OPT_OUT)));
        assertThat(actions("orgId", org)).hasSize(clouds.size()).containsOnly("CLEAR");
    }

    @Test
    void aDueWindowStartsOnceHoweverManySweepsRace() throws Exception {
        String org = TestFleet.newOrg();
        String first = fleet.add(org, 0);
        String second = fleet.add(org, 0);
        given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON)
                .body(Map.of("orgId", org, "startsAt", Instant.now().minusSeconds(1).toString(),
                        "endsAt", Instant.now().plus(Duration.ofHours(1)).toString(), "reason", "race"))
                .post("/maintenance-windows").then().statusCode(201);

        race(() -> {
            windows.startDue(Instant.now());
            return 0;
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(fleet.flagsOf(first)).isEqualTo(CloudFlags.MAINTENANCE);
            assertThat(fleet.flagsOf(second)).isEqualTo(CloudFlags.MAINTENANCE);
        });
        assertThat(actions("orgId", org)).containsExactly("SET", "SET");
    }

    private static void race(Callable<Integer> sweep) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                runs.add(pool.submit(sweep));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> actions(String key, String value) {
        return given().auth().oauth2(Callers.reader()).queryParam(key, value).get("/flag-changes")
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
    }
}
