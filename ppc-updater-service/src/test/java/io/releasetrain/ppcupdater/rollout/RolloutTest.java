package io.releasetrain.ppcupdater.rollout;

import static io.releasetrain.ppcupdater.rollout.Rollouts.act;
import static io.releasetrain.ppcupdater.rollout.Rollouts.progress;
import static io.releasetrain.ppcupdater.rollout.Rollouts.promote;
import static io.releasetrain.ppcupdater.rollout.Rollouts.state;
import static io.releasetrain.ppcupdater.rollout.Rollouts.tickUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.ppcupdater.Bus;
import io.releasetrain.ppcupdater.FakeTravis;
import io.releasetrain.ppcupdater.Fleet;
import io.releasetrain.ppcupdater.FleetWork;
import io.releasetrain.testsupport.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RolloutTest {

    private static final Duration BAKE = Duration.ofMinutes(10);

    @Inject
    FleetWork work;

    private final List<String> names = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void sixCustomerPpcs() {
        Fleet.startEmpty();
        for (int i = 0; i < 6; i++) {
            String name = Fleet.name("cust" + i);
            names.add(name);
            ids.add(Fleet.customer(name));
        }
        names.sort(null);
    }

    @Test
    void anApprovedRolloutUpdatesEveryCustomerPpcOnceInWavesAndCompletesTheRelease() {
        String version = "v" + UUID.randomUUID();
        names.forEach(name -> FakeTravis.accepts(name, "passed"));
        String rolloutId = promote(version);
        assertThat(progress(rolloutId).getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(progress(rolloutId).getList("waves.size", Integer.class)).containsExactly(1, 2, 3);

        act(rolloutId, "approve", 200);

        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);
        work.tick();
        assertThat(FakeTravis.jobsFor(names.get(1))).as("the next wave waits for the bake").isEmpty();
        TestClock.advance(BAKE);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].succeeded") == 2);
        TestClock.advance(BAKE);
        tickUntil(work, () -> "COMPLETED".equals(state(rolloutId)));

        names.forEach(name -> assertThat(FakeTravis.jobsFor(name)).as(name).hasSize(1));
        assertThat(FakeTravis.jobsFor(names.get(0)).get(0).getBodyAsString())
                .contains("\"RT_JOB_KIND=update\"", "\"PPC_VERSION=" + version + "\"", "\"SDK_VERSION=v3.9.0\"",
                        "\"PULUMI_STACK_NAME_OVERRIDE=cust", "scripts/ppc/update-ppc.sh ")
                .contains("\"merge_mode\":\"deep_merge\"");
        assertThat(FakeTravis.jobsFor(names.get(0)).get(0).getHeader("Authorization")).isEqualTo("token test-travis-token");
        assertThat(FakeTravis.jobsFor(names.get(0)).get(0).getHeader("Travis-API-Version")).isEqualTo("3");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Bus.events(RolloutStarted.class, e -> e.rolloutId().equals(rolloutId)))
                    .singleElement().satisfies(e -> assertThat(e.startedBy()).isEqualTo("pat@example.com"));
            assertThat(Bus.events(RolloutWaveDone.class, e -> e.rolloutId().equals(rolloutId))).hasSize(3);
            assertThat(Bus.events(RolloutFinished.class, e -> e.rolloutId().equals(rolloutId)))
                    .singleElement().satisfies(e -> assertThat(e.succeeded()).isEqualTo(6));
            assertThat(Bus.events(ReleaseCompleted.class, e -> e.rolloutId().equals(rolloutId)))
                    .singleElement().satisfies(e -> assertThat(e.updated()).isEqualTo(6));
        });
    }

    @Test
    void pastItsFailureBudgetARolloutHaltsNamingThePpcsThatFailedAndWhy() {
        String version = "v" + UUID.randomUUID();
        FakeTravis.accepts(names.get(0), "passed");
        FakeTravis.accepts(names.get(1), "failed");
        FakeTravis.accepts(names.get(2), "passed");
        FakeTravis.unhealthy(names.get(2));
        names.subList(3, 6).forEach(name -> FakeTravis.accepts(name, "passed"));
        String rolloutId = promote(version);
        act(rolloutId, "approve", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);
        TestClock.advance(BAKE);

        tickUntil(work, () -> "HALTED".equals(state(rolloutId)));

        assertThat(progress(rolloutId).getString("haltReason")).contains("failure budget exceeded: 2 PPC(s) failed, 1 allowed");
        names.subList(3, 6).forEach(name -> assertThat(FakeTravis.jobsFor(name)).as(name).isEmpty());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Bus.events(RolloutHalted.class, e -> e.rolloutId().equals(rolloutId)))
                .singleElement().satisfies(halted -> {
                    assertThat(halted.haltedBy()).isEqualTo("release-train");
                    assertThat(halted.failures()).extracting(f -> f.ppcName())
                            .containsExactlyInAnyOrder(names.get(1), names.get(2));
                    assertThat(halted.failures()).anySatisfy(f -> assertThat(f.reason()).contains("failed"));
                    assertThat(halted.failures()).anySatisfy(f -> assertThat(f.reason()).contains("answered 503"));
                }));
        assertThat(Bus.events(PpcUpdateFailed.class, e -> version.equals(e.version())))
                .allSatisfy(e -> assertThat(e.ppcName()).isNotNull());
    }

    @Test
    void aPausedRolloutStartsNothingUntilResumed() {
        String version = "v" + UUID.randomUUID();
        names.forEach(name -> FakeTravis.accepts(name, "passed"));
        String rolloutId = promote(version);
        act(rolloutId, "approve", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);

        act(rolloutId, "pause", 200);
        TestClock.advance(BAKE);
        work.tick();
        work.tick();

        assertThat(state(rolloutId)).isEqualTo("PAUSED");
        names.subList(1, 6).forEach(name -> assertThat(FakeTravis.jobsFor(name)).as(name).isEmpty());
        act(rolloutId, "pause", 409);

        act(rolloutId, "resume", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].succeeded") == 2);
        assertThat(FakeTravis.jobsFor(names.get(1))).hasSize(1);
    }

    @Test
    void aPpcInMaintenanceWaitsAndIsUpdatedWhenItLeavesWithinTheSameRollout() {
        String version = "v" + UUID.randomUUID();
        names.forEach(name -> FakeTravis.accepts(name, "passed"));
        String inMaintenance = ids.get(0).equals(cloudIdOf(names.get(1))) ? ids.get(0) : cloudIdOf(names.get(1));
        Fleet.flags(inMaintenance, 0, 1);
        String rolloutId = promote(version);
        act(rolloutId, "approve", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);
        TestClock.advance(BAKE);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].succeeded") == 1
                && progress(rolloutId).getInt("waves[1].waitingForMaintenance") == 1);
        TestClock.advance(BAKE);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[2].succeeded") == 3);
        work.tick();
        assertThat(state(rolloutId)).isEqualTo("RUNNING");
        assertThat(FakeTravis.jobsFor(names.get(1))).isEmpty();

        Fleet.flags(inMaintenance, 1, 0);

        tickUntil(work, () -> "COMPLETED".equals(state(rolloutId)));
        assertThat(FakeTravis.jobsFor(names.get(1))).hasSize(1);
    }

    @Test
    void aRetriedFailureAndASkipCompleteTheRelease() {
        String version = "v" + UUID.randomUUID();
        names.forEach(name -> FakeTravis.accepts(name, "passed"));
        String flaky = names.get(5);
        FakeTravis.unhealthy(flaky);
        String rolloutId = promote(version);
        act(rolloutId, "approve", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);
        TestClock.advance(BAKE);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].succeeded") == 2);
        TestClock.advance(BAKE);
        tickUntil(work, () -> "FINISHED".equals(state(rolloutId)));

        FakeTravis.healthy(flaky);
        Rollouts.act(rolloutId, "ppcs/" + cloudIdOf(flaky) + "/retry", 200);
        tickUntil(work, () -> "COMPLETED".equals(state(rolloutId)));

        assertThat(FakeTravis.jobsFor(flaky)).hasSize(2);
        Rollouts.act(rolloutId, "ppcs/" + cloudIdOf(flaky) + "/skip", 409);
    }

    private String cloudIdOf(String name) {
        return ids.stream().filter(id -> io.restassured.RestAssured.given().auth().oauth2(Fleet.READER)
                .get("/ppcs/{id}", id).then().extract().path("name").equals(name)).findFirst().orElseThrow();
    }
}
