package io.releasetrain.promoter.promotion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.releasetrain.promoter.promotion.FakeGitHub.REPO;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.promoter.Webhooks;
import io.releasetrain.promoter.calendar.CalendarTicker;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A week of the release train on a clock the test moves: the nightly trains into staging (on time, nothing new,
 * frozen, blocked by a promotion in flight, caught up, missed), the Tuesday release into production, a manual
 * promotion overriding a freeze, a rollback of staging through GitHub's Git Data API, and what the environment
 * history API shows of all of it. Real broker and database; GitHub played by WireMock.
 */
@QuarkusTest
class ReleaseWeekTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final String PR_CHECK = "continuous-integration/travis-ci/pr";
    private static final String PUSH_CHECK = "continuous-integration/travis-ci/push";
    private static final AtomicInteger PULLS = new AtomicInteger(7000);

    @Inject
    CalendarTicker ticker;

    @Inject
    Promotions promotions;

    private final FakeGitHub github = new FakeGitHub();

    @BeforeEach
    void nothingInFlight() {
        TravisKeys.serve();
        github.refsAndBranchDeletes();
        PromotionsInFlight.clear(promotions, "a fresh start for the week");
    }

    @Test
    void aWeekOfTheTrain() {
        // Given a Monday noon in Los Angeles, a week or more ahead, when the calendar first looks at its trains
        ZonedDateTime monday = TestClock.now().plus(Duration.ofDays(1)).atZone(LA)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.NOON);
        at(monday);
        String masterA = sha();

        // When the Tuesday 2 AM nightly slot comes, with master's head pushed and built
        masterHead(masterA, true);
        github.compare("staging", masterA, 3);
        int pull1 = expectPull("staging", masterA);
        at(monday.plusDays(1).with(LocalTime.of(2, 0, 10)));

        // Then a scheduled promotion of master's head into staging starts, and its timeline says why
        String nightly = awaitPromotionInto("staging", masterA);
        given().auth().oauth2(reader()).get("/promotions/" + nightly).then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE")).body("requestedBy", equalTo("release-calendar"))
                .body("timeline[0].detail", containsString("push build passed"));
        String stagingM1 = deploy(nightly, pull1, masterA, "staging", null);

        // When the Tuesday 2 PM slot comes
        github.compare("production", stagingM1, 5);
        int pull2 = expectPull("production", stagingM1);
        at(monday.plusDays(1).with(LocalTime.of(14, 0, 10)));

        // Then staging's newest verified release goes to production, which waits for the primary's approval
        String tuesday = awaitPromotionInto("production", stagingM1);
        String productionM1 = deploy(tuesday, pull2, stagingM1, "production", "bob");

        // When Wednesday's nightly finds master unchanged, staging has it already: skipped, saying so
        github.compare("staging", masterA, 0);
        at(monday.plusDays(2).with(LocalTime.of(2, 0, 10)));
        awaitSkip("staging", "NOTHING_TO_PROMOTE");

        // When staging is frozen from Wednesday noon to Thursday noon, and master moves on
        String masterB = sha();
        masterHead(masterB, true);
        github.compare("staging", masterB, 2);
        at(monday.plusDays(2).with(LocalTime.of(9, 0)));
        String freeze = given().auth().oauth2(TestTokens.forRoles("carol", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                .body("{\"environments\":[\"staging\"],\"start\":\"" + monday.plusDays(2).with(LocalTime.NOON).toInstant()
                        + "\",\"end\":\"" + monday.plusDays(3).with(LocalTime.NOON).toInstant()
                        + "\",\"reason\":\"customer demo on staging\"}")
                .post("/freezes").then().statusCode(201).body("active", equalTo(false)).extract().path("id");
        at(monday.plusDays(3).with(LocalTime.of(2, 0, 10)));

        // Then Thursday's nightly is skipped for the freeze
        awaitSkip("staging", "FROZEN");

        // And a manual promotion inside the freeze needs the override flag, and the override the primary
        startManual("dave", Roles.ONCALL_SECONDARY, false).statusCode(409)
                .body("message", containsString("frozen"));
        startManual("dave", Roles.ONCALL_SECONDARY, true).statusCode(403);
        int pull3 = expectPull("staging", masterB);
        String manual = startManual("bob", Roles.ONCALL_PRIMARY, true).statusCode(201)
                .body("reason", containsString("overrides freeze " + freeze)).extract().path("id");

        // When Friday's nightly comes while that promotion is still open
        at(monday.plusDays(4).with(LocalTime.of(2, 0, 10)));

        // Then it is skipped for the promotion in flight, which on-call then abandons
        awaitSkip("staging", "PROMOTION_IN_FLIGHT");
        given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"waiting for the demo to end\"}").post("/promotions/" + manual + "/abandon")
                .then().statusCode(200);
        assertThat(pull3).isPositive();

        // When the service is down at Saturday 2 AM and comes back at 3 AM (within the grace period)
        int pull4 = expectPull("staging", masterB);
        at(monday.plusDays(5).with(LocalTime.of(3, 0)));

        // Then the slot is caught up
        String catchUp = awaitPromotionInto("staging", masterB);
        awaitReleaseEvent("io.releasetrain.calendar.triggered", "\"catchUp\":true");
        String stagingM2 = deploy(catchUp, pull4, masterB, "staging", null);

        // When Sunday's slot is found only at 7 AM, past the two-hour grace period: reported missed
        at(monday.plusDays(6).with(LocalTime.of(7, 0)));
        awaitReleaseEvent("io.releasetrain.calendar.missed", "grace period");

        // When on-call rolls staging back to its previous verified release
        String tree = sha();
        String rollbackCommit = sha();
        github.branch("staging", stagingM2);
        github.wireMock.register(get(urlPathEqualTo(FakeGitHub.API + "/git/commits/" + stagingM1)).willReturn(okJson(
                "{\"sha\":\"" + stagingM1 + "\",\"tree\":{\"sha\":\"" + tree + "\"},\"message\":\"Merge\"}")));
        github.wireMock.register(post(urlPathEqualTo(FakeGitHub.API + "/git/commits")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sha\":\"" + rollbackCommit + "\",\"tree\":{\"sha\":\"" + tree + "\"}}")));
        github.compare("staging", rollbackCommit, 1);
        int pull5 = expectPull("staging", rollbackCommit);
        JsonPath rollback = given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"stack updates fail on staging\"}").post("/environments/staging/rollback")
                .then().statusCode(201).body("toSha", equalTo(stagingM1)).body("fromSha", equalTo(stagingM2))
                .extract().jsonPath();

        // Then GitHub got a commit of the earlier tree on top of staging's head, promoted like a release, with an approval
        github.wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(FakeGitHub.API + "/git/commits"))
                .withRequestBody(matchingJsonPath("$.tree", WireMock.equalTo(tree)))
                .withRequestBody(matchingJsonPath("$.parents[0]", WireMock.equalTo(stagingM2))));
        // And its pull request and merge commit say it is a rollback, to which release and why
        github.wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(FakeGitHub.API + "/pulls"))
                .withRequestBody(matchingJsonPath("$.title", WireMock.equalTo("Roll back staging to " + stagingM1 + " ("
                        + rollback.getString("id") + "): stack updates fail on staging"))));
        deploy(rollback.getString("promotionId"), pull5, rollbackCommit, "staging", "bob");
        github.wireMock.verifyThat(1, putRequestedFor(urlPathEqualTo(FakeGitHub.mergePath(pull5)))
                .withRequestBody(matchingJsonPath("$.commit_title", WireMock.containing("Roll back staging to " + stagingM1))));
        awaitReleaseEvent("io.releasetrain.rollback.finished", rollback.getString("id"));

        // And the history API shows the week, newest first, with who and why
        List<java.util.Map<String, Object>> staging = week("staging", monday);
        assertThat(staging).extracting(e -> e.get("kind")).containsExactly("ROLLBACK", "MISSED", "PROMOTION", "SKIPPED",
                "ABANDONED", "SKIPPED", "SKIPPED", "PROMOTION");
        assertThat(staging.get(0)).containsEntry("by", "bob").containsEntry("why", "stack updates fail on staging");
        assertThat(staging.get(2)).containsEntry("promotionId", catchUp).containsEntry("train", "nightly");
        assertThat(staging.get(4)).containsEntry("promotionId", manual).containsEntry("by", "bob");
        assertThat((String) staging.get(4).get("why")).contains("waiting for the demo to end");
        assertThat((String) staging.get(5).get("why")).contains("frozen").contains(freeze);
        assertThat(staging.get(7)).containsEntry("promotionId", nightly).containsEntry("by", "release-calendar");
        List<java.util.Map<String, Object>> production = week("production", monday);
        assertThat(production).hasSize(1);
        assertThat(production.get(0)).containsEntry("promotionId", tuesday).containsEntry("state", "VERIFIED")
                .containsEntry("train", "tuesday");
        given().auth().oauth2(reader()).get("/environments").then()
                .body("find { it.name == 'production' }.sha", equalTo(productionM1));

        // And an environment the train never deployed has nothing to roll back to: 409
        given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"why not\"}").post("/environments/testing/rollback").then().statusCode(409);
    }

    /** The history of {@code environment} since {@code since}, newest first. */
    private static List<java.util.Map<String, Object>> week(String environment, ZonedDateTime since) {
        List<java.util.Map<String, Object>> entries = given().auth().oauth2(reader()).get("/environments/" + environment
                + "/history").then().statusCode(200).extract().jsonPath().getList("$");
        return entries.stream().filter(e -> !Instant.parse((String) e.get("at")).isBefore(since.toInstant())).toList();
    }

    /** Moves the clock to {@code time} and lets the calendar tick. */
    private void at(ZonedDateTime time) {
        TestClock.moveTo(time.toInstant());
        ticker.tick();
    }

    private void masterHead(String sha, boolean pushBuildPassed) {
        github.branch("master", sha);
        github.statuses(sha, PUSH_CHECK, pushBuildPassed ? "success" : "pending");
    }

    /** GitHub ready for a promotion of {@code sha} into {@code base}: its pull request number. */
    private int expectPull(String base, String sha) {
        int pull = PULLS.incrementAndGet();
        github.pullCreated(base, pull, sha);
        github.pull(pull, sha, false, null);
        github.manifest(sha);
        return pull;
    }

    /** Passes the promotion's checks, approves it when asked, merges and deploys it; the merge commit. */
    private String deploy(String id, int pull, String head, String branch, String approver) {
        String merge = sha();
        github.mergeAnswers(pull, merge);
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", head, branch)).then().statusCode(202);
        if (approver != null) {
            awaitState(id, "AWAITING_APPROVAL");
            // Production, and every rollback, are approved by the primary (or a release admin) only
            given().auth().oauth2(TestTokens.forRoles("carol", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                    .body("{\"reason\":\"looks fine\"}").post("/promotions/" + id + "/approve").then().statusCode(403);
            given().auth().oauth2(TestTokens.forRoles(approver, Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                    .body("{\"reason\":\"checks green\"}").post("/promotions/" + id + "/approve").then().statusCode(200);
        }
        awaitState(id, "MERGED");
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "push", "passed", merge, branch)).then().statusCode(202);
        awaitState(id, "VERIFIED");
        return merge;
    }

    private io.restassured.response.ValidatableResponse startManual(String who, String role, boolean override) {
        return given().auth().oauth2(TestTokens.forRoles(who, role)).contentType(ContentType.JSON)
                .body("{\"to\":\"staging\",\"reason\":\"the fix cannot wait\",\"overrideFreeze\":" + override + "}")
                .post("/promotions").then();
    }

    private static String awaitPromotionInto(String target, String candidate) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Promotion.inFlightInto(target).filter(p -> p.candidateSha.equals(candidate)).map(p -> p.id).orElse(null)),
                id -> id != null);
    }

    private static void awaitSkip(String target, String reason) {
        awaitReleaseEvent("io.releasetrain.calendar.skipped", "\"reason\":\"" + reason + "\"");
    }

    private static void awaitReleaseEvent(String type, String containing) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.matching(Topics.RELEASE_EVENTS,
                record -> type.equals(TestKafka.header(record, "ce_type")) && record.value().contains(containing)).size() > 0);
    }

    private static void awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reader())
                .get("/promotions/" + id).then().statusCode(200).body("state", equalTo(state)));
    }

    private static String reader() {
        return TestTokens.forRoles("reader");
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static long buildId() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
    }
}
