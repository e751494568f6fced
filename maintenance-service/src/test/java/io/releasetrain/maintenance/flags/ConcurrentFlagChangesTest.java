package io.releasetrain.maintenance.flags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many callers at once: every request is answered, the flags end in a state some order of the
 * requests explains, the audit trail has exactly one entry per real change, each entry's before is
 * the previous entry's after, and bits nobody asked about are never touched.
 */
@QuarkusTest
class ConcurrentFlagChangesTest {

    private static final int THREADS = 12;

    @Inject
    TestFleet fleet;

    @Test
    void concurrentSetsAndClearsOnOnePpc() throws Exception {
        long untouched = 0x8000_0000L | CloudFlags.HEALTH_CHECK_OPT_OUT;
        String cloudId = fleet.add(TestFleet.newOrg(), untouched);
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean set = i % 2 == 0;
            calls.add(() -> Api.changeCloud(cloudId, "maintenance", set, "race " + set, null).extract());
        }

        List<JsonPath> answers = runAll(calls);

        long changes = answers.stream().filter(a -> !a.getList("changed").isEmpty()).count();
        List<AuditRow> trail = trail("cloudId", cloudId);
        assertThat(trail).hasSize((int) changes);
        assertChained(trail, untouched, fleet.flagsOf(cloudId), CloudFlags.MAINTENANCE);
        assertThat(fleet.flagsOf(cloudId) & ~CloudFlags.MAINTENANCE).isEqualTo(untouched);
    }

    @Test
    void concurrentOrgWideAndSinglePpcChangesOnTheSameOrg() throws Exception {
        String org = TestFleet.newOrg();
        long[] otherBits = {0, CloudFlags.HEALTH_CHECK_OPT_OUT, 0x4, 0x8000_0000L, 0x8000_0006L};
        List<String> clouds = new ArrayList<>();
        for (long bits : otherBits) {
            clouds.add(fleet.add(org, bits));
        }
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            boolean set = i % 2 == 0;
            String cloudId = clouds.get(i % clouds.size());
            calls.add(i % 3 == 0
                    ? () -> Api.changeOrg(org, "maintenance", set, "org race").extract()
                    : () -> Api.changeCloud(cloudId, "maintenance", set, "ppc race", null).extract());
        }

        List<JsonPath> answers = runAll(calls);

        Map<String, Integer> reportedChanges = new HashMap<>();
        answers.forEach(a -> a.getList("changed.cloudId", String.class)
                .forEach(id -> reportedChanges.merge(id, 1, Integer::sum)));
        for (int i = 0; i < clouds.size(); i++) {
            String cloudId = clouds.get(i);
            List<AuditRow> trail = trail("cloudId", cloudId);
            assertThat(trail).as("audit entries of %s", cloudId).hasSize(reportedChanges.getOrDefault(cloudId, 0));
            assertChained(trail, otherBits[i], fleet.flagsOf(cloudId), CloudFlags.MAINTENANCE);
            assertThat(fleet.flagsOf(cloudId) & ~CloudFlags.MAINTENANCE).isEqualTo(otherBits[i]);
        }
    }

    private static List<JsonPath> runAll(List<Callable<ExtractableResponse<Response>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ExtractableResponse<Response>>> futures = pool.invokeAll(calls, 2, TimeUnit.MINUTES);
            List<JsonPath> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                ExtractableResponse<Response> response = future.get();
                assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(200);
                answers.add(response.jsonPath());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Oldest first; each entry flips only {@code bit} and starts where the previous one ended. */
    private static void assertChained(List<AuditRow> trail, long initial, long current, long bit) {
        long expectedBefore = initial;
        for (AuditRow row : trail) {
            assertThat(row.before()).isEqualTo(expectedBefore);
            assertThat(row.before() ^ row.after()).isEqualTo(bit);
            expectedBefore = row.after();
        }
        assertThat(current).isEqualTo(expectedBefore);
    }

    private static List<AuditRow> trail(String key, String value) {
        JsonPath json = given().auth().oauth2(Callers.reader()).queryParam(key, value).queryParam("limit", 500)
                .get("/flag-changes").then().statusCode(200).extract().jsonPath();
        List<AuditRow> rows = new ArrayList<>();
        for (int i = json.getList("").size() - 1; i >= 0; i--) {
            rows.add(new AuditRow(json.getLong("[" + i + "].flagsBefore"), json.getLong("[" + i + "].flagsAfter")));
        }
        return rows;
    }

    private record AuditRow(long before, long after) {
    }
}
