package io.releasetrain.ppcupdater.rollout;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.ppcupdater.Bus;
import io.releasetrain.ppcupdater.Fleet;
import io.releasetrain.ppcupdater.FleetWork;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Driving rollouts in tests: promote a release, act on the rollout over REST, run the fleet's heartbeat. */
final class Rollouts {

    private Rollouts() {
    }

    /** The promotion engine promotes a production release pinning {@code version}; returns the planned rollout's id. */
    static String promote(String version) {
        String sha = UUID.randomUUID().toString().replace("-", "") + "abcdefgh";
        Bus.publish(new ReleasePromoted("prm-" + version, "production", sha, "verifier",
                new ReleaseManifest(version, "v3.9.0")), "promoter-service");
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<Map<String, Object>> rollouts = given().auth().oauth2(Fleet.READER).get("/rollouts")
                    .then().statusCode(200).extract().path("findAll { it.version == '" + version + "' }");
            return rollouts.isEmpty() ? null : (String) rollouts.get(0).get("rolloutId");
        }, id -> id != null);
    }

    static JsonPath act(String rolloutId, String action, int expectedStatus) {
        return given().auth().oauth2(Fleet.ONCALL).contentType(ContentType.JSON).body(Map.of("reason", "test: " + action))
                .post("/rollouts/{id}/" + action, rolloutId).then().statusCode(expectedStatus).extract().jsonPath();
    }

    static JsonPath progress(String rolloutId) {
        return given().auth().oauth2(Fleet.READER).get("/rollouts/{id}", rolloutId).then().statusCode(200)
                .extract().jsonPath();
    }

    static String state(String rolloutId) {
        return progress(rolloutId).getString("state");
    }

    /** Runs the fleet's heartbeat until {@code done} holds. */
    static void tickUntil(FleetWork work, Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            work.tick();
            return done.call();
        });
    }
}
