package io.releasetrain.ppcupdater.release;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.ppcupdater.Bus;
import io.releasetrain.ppcupdater.FakeTravis;
import io.releasetrain.ppcupdater.Fleet;
import io.releasetrain.ppcupdater.FleetWork;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServicePpcUpdateTest {

    private static final String SHA = "e83c5163316f89bfbde7d9ab23ca2e25604af290";

    @Inject
    FleetWork work;

    @BeforeEach
    void onlyTheseServicePpcs() {
        Fleet.startEmpty();
    }

    @Test
    void aDeployedEnvironmentUpdatesItsPpcsFollowingTheJobThroughCiEventsAndSkippingTheHealthCheckOfAn0x2Ppc() {
        String checked = Fleet.name("testing-moolumi");
        String optedOut = Fleet.name("testing-pulumi");
        String checkedId = Fleet.service(checked, "testing");
        String optedOutId = Fleet.service(optedOut, "testing");
        Fleet.flags(optedOutId, 0, 0x2);
        FakeTravis.unhealthy(optedOut);
        String checkedBuild = FakeTravis.accepts(checked, "started");
        FakeTravis.accepts(optedOut, "passed");
        String version = "v" + UUID.randomUUID();

        Bus.publish(new EnvironmentDeployed("testing", "master", SHA, null, null, new ReleaseManifest(version, "v3.9.0")),
                "promoter-service");

        tickUntil(() -> version.equals(versionOf(optedOutId)));
        assertThat(FakeTravis.healthChecksOf(optedOut)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> !Bus.events(PpcUpdateStarted.class,
                e -> e.cloudId().equals(checkedId) && e.ciJobUrl() != null).isEmpty());

        Bus.publish(new CiBuildFinished(CiProvider.TRAVIS, "acme/pulumi-service", "master", SHA, checkedBuild, "1",
                BuildType.API, null, List.of(), "https://travis.example/builds/" + checkedBuild, Instant.now(),
                BuildResult.PASSED, Instant.now()), "promoter-service");

        tickUntil(() -> version.equals(versionOf(checkedId)));
        assertThat(FakeTravis.healthChecksOf(checked)).isEqualTo(1);
        assertThat(FakeTravis.jobsFor(checked)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Bus.events(PpcUpdateSucceeded.class, e -> e.cloudId().equals(checkedId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.ppcName()).isEqualTo(checked);
                    assertThat(e.version()).isEqualTo(version);
                    assertThat(e.ciJobUrl()).contains(checkedBuild);
                    assertThat(e.rolloutId()).isNull();
                }));
    }

    @Test
    void aReleaseWhoseManifestNamesNoPpcVersionUpdatesNothingAndSaysWhy() {
        String name = Fleet.name("staging-moolumi");
        Fleet.service(name, "staging");
        String sha = UUID.randomUUID().toString().replace("-", "") + "0123abcd";

        Bus.publish(new EnvironmentDeployed("staging", "staging", sha, null, null, new ReleaseManifest(null, "v3.9.0")),
                "promoter-service");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Bus.events(PpcUpdatesWithheld.class, e -> e.sha().equals(sha)))
                .singleElement().satisfies(e -> {
                    assertThat(e.environment()).isEqualTo("staging");
                    assertThat(e.reason()).contains("names no PPC version");
                    assertThat(e.ppcCount()).isEqualTo(1);
                }));
        work.tick();
        assertThat(FakeTravis.jobsFor(name)).isEmpty();
    }

    private void tickUntil(java.util.concurrent.Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            work.tick();
            return done.call();
        });
    }

    private static String versionOf(String cloudId) {
        return given().auth().oauth2(Fleet.READER).get("/ppcs/{id}", cloudId).then().statusCode(200).extract()
                .path("version");
    }
}
