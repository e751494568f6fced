package io.releasetrain.ppcupdater.standup;

import static io.releasetrain.ppcupdater.standup.StandUpFlow.ORG_ADMIN;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.OPERATOR;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.READER;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.callback;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.field;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.jobs;
import static io.releasetrain.ppcupdater.standup.StandUpFlow.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.ppcupdater.Bus;
import io.releasetrain.ppcupdater.FakeTravis;
import io.releasetrain.ppcupdater.Fleet;
import io.releasetrain.ppcupdater.FleetWork;
import io.releasetrain.ppcupdater.registry.PpcNames;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestKafka;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StandUpTest {

    @Inject
    FleetWork work;

    @BeforeEach
    void onlyTheseJobs() {
        Fleet.startEmpty();
    }

    @Test
    void aPpcIsStoodUpAttachedDetachedAndRetiredAndItsTokenIsReadOnlyByAnOrgAdminAndNeverLoggedOrPublished() {
        String prefix = StandUpFlow.prefix();
        String name = PpcNames.join(prefix, "malta");
        String accessToken = "AWU" + HexFormat.of().formatHex(randomBytes());
        try (LogCapture logs = LogCapture.start()) {
            String build = FakeTravis.accepts(name, "started");
            String cloudId = StandUpFlow.standUp(prefix, "malta");
            assertThat(field(cloudId, "status")).isEqualTo("PROVISIONING");

            StandUpFlow.tickUntil(work, () -> "RUNNING".equals(field(cloudId, "jobState")));
            Map<String, String> job = jobs(name).get(0);
            assertThat(job).containsEntry("RT_JOB_KIND", "create").containsEntry("PULUMI_STACK_NAME_OVERRIDE", prefix)
                    .containsEntry("PPC_SUFFIX", "malta").containsEntry("PPC_REGION", "eu-west-1")
                    .containsEntry("PPC_VERSION", "v3.112.0").containsEntry("PPC_CREDENTIALS", "aws-ppc-" + prefix)
                    .containsEntry("RT_CALLBACK_URL", "http://ppc-updater.test/clouds/" + cloudId + "/callback");
            assertThat(job.keySet()).noneMatch(key -> key.startsWith("AWS_") || key.contains("PASSPHRASE"));
            assertThat(StandUpFlow.body(FakeTravis.jobsFor(name).get(0)).path("request").path("config").path("script")
                    .asText()).isEqualTo("scripts/ppc/create-ppc.sh malta eu-west-1");
            String callbackToken = job.get("RT_CALLBACK_TOKEN");

            callback(cloudId, callbackToken, Map.of("endpoint", FakeTravis.endpoint(name), "accessToken", accessToken))
                    .statusCode(204);
            assertThat(field(cloudId, "status")).isEqualTo("READY");
            callback(cloudId, callbackToken, Map.of("endpoint", "https://evil.example", "accessToken", "x"))
                    .statusCode(401).body("message", containsString("already used"));
            assertThat(field(cloudId, "endpoint")).isEqualTo(FakeTravis.endpoint(name));
            FakeTravis.buildIs(build, "passed");
            StandUpFlow.tickUntil(work, () -> "SUCCEEDED".equals(field(cloudId, "jobState")));
            assertThat(field(cloudId, "status")).as("ready, but not attached until an org admin says so").isEqualTo("READY");

            step(OPERATOR, cloudId, "attach").statusCode(403);
            readToken(OPERATOR, cloudId).statusCode(403);
            readToken(READER, cloudId).statusCode(403);
            step(ORG_ADMIN, cloudId, "attach").statusCode(200).body("status", equalTo("ATTACHED"));
            readToken(ORG_ADMIN, cloudId).statusCode(200).header("Cache-Control", "no-store")
                    .body("accessToken", equalTo(accessToken)).body("keyId", equalTo("test-2026"));
            step(ORG_ADMIN, cloudId, "retire").statusCode(409).body("message", containsString("attached"));
            step(ORG_ADMIN, cloudId, "detach").statusCode(200).body("status", equalTo("DETACHED"));
            step(ORG_ADMIN, cloudId, "retire").statusCode(200).body("status", equalTo("RETIRED"));

            assertThat(QuarkusTransaction.requiringNew().call(() -> TokenRead.<TokenRead>list("cloudId", cloudId)))
                    .singleElement().satisfies(read -> {
                        assertThat(read.readBy).isEqualTo("olga@example.com");
                        assertThat(read.reason).isEqualTo("test: configure the console");
                    });
            assertThat(QuarkusTransaction.requiringNew().call(() -> PpcAccessToken.<PpcAccessToken>findById(cloudId))
                    .ciphertext).doesNotContain(accessToken);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(Bus.events(PpcAccessTokenRead.class, e -> e.cloudId().equals(cloudId))).singleElement()
                        .satisfies(e -> assertThat(e.readBy()).isEqualTo("olga@example.com"));
                assertThat(Bus.events(PpcRegistered.class, e -> e.cloudId().equals(cloudId))).singleElement()
                        .satisfies(e -> assertThat(e.endpoint()).isEqualTo(FakeTravis.endpoint(name)));
                assertThat(Bus.events(PpcChanged.class, e -> e.cloudId().equals(cloudId)).stream().map(PpcChanged::status))
                        .containsExactly("PROVISIONING", "READY", "ATTACHED", "DETACHED");
                assertThat(Bus.events(PpcRetired.class, e -> e.cloudId().equals(cloudId))).hasSize(1);
            });
            assertThat(TestKafka.readAll(Topics.PPC_EVENTS, Duration.ofMillis(300)))
                    .noneMatch(r -> r.value().contains(accessToken) || r.value().contains(callbackToken));
            assertThat(logs.lines()).as("the capture hears the service").anyMatch(line -> line.contains("read by olga"))
                    .noneMatch(line -> line.contains(accessToken))
                    .noneMatch(line -> line.contains(callbackToken));
        }
    }

    @Test
    void aFailedCreateJobLeavesTheStandUpFailedWithItsJobUrlAndARetryStandsItUp() {
        String prefix = StandUpFlow.prefix();
        String name = PpcNames.join(prefix, "oslo");
        String failedBuild = FakeTravis.accepts(name, "failed");
        String cloudId = StandUpFlow.standUp(prefix, "oslo");

        StandUpFlow.tickUntil(work, () -> "FAILED".equals(field(cloudId, "status")));
        assertThat(field(cloudId, "jobUrl")).endsWith("/builds/" + failedBuild);
        assertThat(field(cloudId, "failureReason")).contains("failed");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Bus.events(PpcChanged.class, e -> e.cloudId().equals(cloudId) && "FAILED".equals(e.status())))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("/builds/" + failedBuild)));
        String firstToken = jobs(name).get(0).get("RT_CALLBACK_TOKEN");
        callback(cloudId, firstToken, Map.of("endpoint", FakeTravis.endpoint(name), "accessToken", "late")).statusCode(401);

        String build = FakeTravis.accepts(name, "started");
        step(READER, cloudId, "retry").statusCode(403);
        step(OPERATOR, cloudId, "retry").statusCode(200).body("status", equalTo("PROVISIONING"))
                .body("attempts", equalTo(2)).body("failureReason", equalTo(null));
        StandUpFlow.tickUntil(work, () -> jobs(name).size() == 2);
        String secondToken = jobs(name).get(1).get("RT_CALLBACK_TOKEN");
        assertThat(secondToken).isNotEqualTo(firstToken);

        callback(cloudId, secondToken, Map.of("endpoint", FakeTravis.endpoint(name), "accessToken", "AWU-second"))
                .statusCode(204);
        FakeTravis.buildIs(build, "passed");
        StandUpFlow.tickUntil(work, () -> "SUCCEEDED".equals(field(cloudId, "jobState")));
        assertThat(field(cloudId, "status")).isEqualTo("READY");
    }

    @Test
    void callbacksWithAWrongTokenNoTokenOrAnotherPpcsTokenAreRefusedAndABadReportDoesNotUseTheToken() {
        String prefix = StandUpFlow.prefix();
        FakeTravis.accepts(PpcNames.join(prefix, "a"), "started");
        FakeTravis.accepts(PpcNames.join(prefix, "b"), "started");
        String a = StandUpFlow.standUp(prefix, "a");
        String b = StandUpFlow.standUp(prefix, "b");
        StandUpFlow.tickUntil(work, () -> jobs(PpcNames.join(prefix, "a")).size() == 1
                && jobs(PpcNames.join(prefix, "b")).size() == 1);
        String tokenOfB = jobs(PpcNames.join(prefix, "b")).get(0).get("RT_CALLBACK_TOKEN");
        String tokenOfA = jobs(PpcNames.join(prefix, "a")).get(0).get("RT_CALLBACK_TOKEN");
        Map<String, String> report = Map.of("endpoint", "https://ppc.example", "accessToken", "AWU123");

        callback(a, CallbackTokens.mint(), report).statusCode(401).body("status", equalTo(401))
                .body("message", containsString("not valid"));
        callback(a, null, report).statusCode(401).body("message", containsString("Bearer"));
        callback(a, tokenOfB, report).statusCode(401);
        callback(a, tokenOfA, Map.of("endpoint", "https://ppc.example")).statusCode(400)
                .body("details", hasItem(startsWith("accessToken:")));
        callback(a, tokenOfA, Map.of("endpoint", "ftp://ppc", "accessToken", "x")).statusCode(400)
                .body("details", hasItem(startsWith("endpoint:")));
        assertThat(field(a, "status")).isEqualTo("PROVISIONING");
        assertThat(field(b, "status")).isEqualTo("PROVISIONING");

        callback(a, tokenOfA, report).statusCode(204);
        assertThat(field(a, "status")).isEqualTo("READY");
    }

    @Test
    void aCreateJobThatNeverReportsTimesOutAndACancelledStandUpRefusesItsCallback() {
        String prefix = StandUpFlow.prefix();
        String name = PpcNames.join(prefix, "rome");
        FakeTravis.accepts(name, "started");
        String cloudId = StandUpFlow.standUp(prefix, "rome");
        StandUpFlow.tickUntil(work, () -> "RUNNING".equals(field(cloudId, "jobState")));

        TestClock.advance(Duration.ofHours(2).plusMinutes(1));

        StandUpFlow.tickUntil(work, () -> "FAILED".equals(field(cloudId, "status")));
        assertThat(field(cloudId, "failureReason")).contains("no result within");
        step(OPERATOR, cloudId, "cancel").statusCode(200).body("status", equalTo("CANCELLED"));
        step(OPERATOR, cloudId, "retry").statusCode(409).body("message", containsString("cancelled"));
        callback(cloudId, jobs(name).get(0).get("RT_CALLBACK_TOKEN"),
                Map.of("endpoint", "https://ppc.example", "accessToken", "AWU1")).statusCode(401);
    }

    @Test
    void aReportedErrorFailsTheStandUpAtOnce() {
        String prefix = StandUpFlow.prefix();
        String name = PpcNames.join(prefix, "nice");
        FakeTravis.accepts(name, "started");
        String cloudId = StandUpFlow.standUp(prefix, "nice");
        StandUpFlow.tickUntil(work, () -> jobs(name).size() == 1);

        callback(cloudId, jobs(name).get(0).get("RT_CALLBACK_TOKEN"), Map.of("error", "pulumi up failed")).statusCode(204);

        assertThat(field(cloudId, "status")).isEqualTo("FAILED");
        assertThat(field(cloudId, "failureReason")).isEqualTo("the create job reported: pulumi up failed");
    }

    @Test
    void aReadyServicePpcIsNotUpdatedByADeploymentUntilItIsAttached() {
        String prefix = StandUpFlow.prefix();
        String name = PpcNames.join(prefix, "svc");
        FakeTravis.accepts(name, "started");
        Map<String, Object> request = StandUpFlow.request(prefix, "svc");
        request.put("kind", "SERVICE");
        request.put("environment", "testing");
        String cloudId = given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(request).post("/clouds")
                .then().statusCode(201).extract().path("cloudId");
        StandUpFlow.tickUntil(work, () -> jobs(name).size() == 1);
        callback(cloudId, jobs(name).get(0).get("RT_CALLBACK_TOKEN"),
                Map.of("endpoint", FakeTravis.endpoint(name), "accessToken", "AWU-svc")).statusCode(204);
        String attached = Fleet.name("testing-moolumi");
        Fleet.service(attached, "testing");
        FakeTravis.accepts(attached, "passed");

        Bus.publish(new EnvironmentDeployed("testing", "master", "e83c5163316f89bfbde7d9ab23ca2e25604af290", null, null,
                new ReleaseManifest("v3.113.0", "v3.9.0")), "promoter-service");

        StandUpFlow.tickUntil(work, () -> FakeTravis.jobsFor(attached).size() == 1);
        assertThat(jobs(name)).as("only its create job").hasSize(1);
        assertThat(field(cloudId, "status")).isEqualTo("READY");
    }

    @Test
    void badStandUpRequestsAreRefusedSayingWhatToFix() {
        String prefix = StandUpFlow.prefix();
        Map<String, Object> mars = StandUpFlow.request(prefix, "x");
        mars.put("region", "mars-north-1");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(mars).post("/clouds")
                .then().statusCode(400).body("details[0]", startsWith("region: 'mars-north-1' is not a region"));
        Map<String, Object> incomplete = StandUpFlow.request(prefix, "x");
        incomplete.remove("credentialSet");
        incomplete.put("nameSuffix", "no spaces");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(incomplete).post("/clouds")
                .then().statusCode(400).body("details", hasItem(startsWith("credentialSet:")))
                .body("details", hasItem(startsWith("nameSuffix:")));
        Map<String, Object> service = StandUpFlow.request(prefix, "x");
        service.put("kind", "SERVICE");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(service).post("/clouds")
                .then().statusCode(400).body("details[0]", startsWith("environment:"));
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON).body(StandUpFlow.request(prefix, "x"))
                .post("/clouds").then().statusCode(403);
        StandUpFlow.standUp(prefix, "x");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(StandUpFlow.request(prefix, "x"))
                .post("/clouds").then().statusCode(409).body("message", containsString("already registered"));
        step(ORG_ADMIN, "no-such-cloud", "attach").statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse readToken(String token, String cloudId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "test: configure the console"))
                .post("/clouds/{id}/access-token", cloudId).then();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[15];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

}
