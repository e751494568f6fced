package io.releasetrain.ppcupdater.rollout;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.releasetrain.ppcupdater.rollout.Rollouts.act;
import static io.releasetrain.ppcupdater.rollout.Rollouts.progress;
import static io.releasetrain.ppcupdater.rollout.Rollouts.promote;
import static io.releasetrain.ppcupdater.rollout.Rollouts.state;
import static io.releasetrain.ppcupdater.rollout.Rollouts.tickUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.ppcupdater.FakeTravis;
import io.releasetrain.ppcupdater.Fleet;
import io.releasetrain.ppcupdater.FleetWork;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import io.releasetrain.ppcupdater.update.UpdateState;
import io.releasetrain.testsupport.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A restart mid-rollout. The service keeps nothing about a rollout in memory between heartbeats, so a
 * restart is the database as the crash left it, worked on by a fresh heartbeat. The worst moment is
 * reproduced: Travis accepted a job, and the service died before writing down the request id.
 */
@QuarkusTest
class RestartTest {

    @Inject
    FleetWork work;

    @Test
    void aRestartAfterTravisAcceptedAJobButBeforeItWasRecordedNeitherStartsItAgainNorForgetsAnyPpc() {
        Fleet.startEmpty();
        List<String> names = new ArrayList<>();
        Map<String, String> requestIds = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            String name = Fleet.name("restart" + i);
            names.add(name);
            Fleet.customer(name);
            requestIds.put(name, String.valueOf(Long.parseLong(FakeTravis.accepts(name, "passed")) - 50_000_000));
        }
        names.sort(null);
        String rolloutId = promote("v" + UUID.randomUUID());
        act(rolloutId, "approve", 200);
        tickUntil(work, () -> progress(rolloutId).getInt("waves[0].succeeded") == 1);
        TestClock.advance(Duration.ofMinutes(10));
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].updating") == 2
                && !FakeTravis.jobsFor(names.get(1)).isEmpty());

        // The crash: the job of names[1] was accepted by Travis, but its request id never reached the database.
        String lostUpdate = QuarkusTransaction.requiringNew().call(() -> {
            PpcUpdate update = PpcUpdate.find("rolloutId = ?1 and requestId = ?2", rolloutId,
                    requestIds.get(names.get(1))).firstResult();
            update.state = UpdateState.TRIGGERING;
            update.requestId = null;
            update.nextCheckAt = Instant.now();
            return update.updateId;
        });
        FakeTravis.wireMock().register(get(urlPathEqualTo(FakeTravis.REPO + "/requests")).willReturn(okJson(
                "{\"@type\":\"requests\",\"requests\":[{\"id\":" + requestIds.get(names.get(1))
                        + ",\"message\":\"Release Train: Update PPC " + names.get(1) + " [rt-job " + lostUpdate + "]\"}]}")));

        // The restart: a fresh heartbeat over what the database holds.
        tickUntil(work, () -> progress(rolloutId).getInt("waves[1].succeeded") == 2);
        TestClock.advance(Duration.ofMinutes(10));
        tickUntil(work, () -> "COMPLETED".equals(state(rolloutId)));

        names.forEach(name -> assertThat(FakeTravis.jobsFor(name)).as("jobs started for " + name).hasSize(1));
        assertThat(FakeTravis.wireMock().find(getRequestedFor(urlPathEqualTo(FakeTravis.REPO + "/requests")))).isNotEmpty();
        assertThat(progress(rolloutId).getInt("total.succeeded")).isEqualTo(6);
    }
}
