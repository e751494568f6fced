package io.releasetrain.promoter.promotion;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.releasetrain.promoter.promotion.FakeGitHub.REPO;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.promoter.Webhooks;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole promotions driven by webhooks through the real broker and database, with GitHub played by WireMock. */
@QuarkusTest
class PromotionFlowTest {

    private static final AtomicInteger PULLS = new AtomicInteger(100);

    @Inject
    Promotions promotions;

    @Inject
    PromotionReconciler reconciler;

    private final FakeGitHub github = new FakeGitHub();

    @BeforeEach
    void noPromotionInFlight() {
        TravisKeys.serve();
        github.refsAndBranchDeletes();
        PromotionsInFlight.clear(promotions, "a fresh start for the next test");
    }

    @Test
    void masterToStagingGoesFromTriggerToReleasePromotedWithNoHumanStep() {
        // Given master's head, and GitHub ready to open, report on and merge the pull request
        String candidate = sha();
        String merge = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.mergeAnswers(pull, merge);
        github.manifest(candidate);
        github.compare("staging", candidate, 3);

        // When on-call starts it
        String id = start("alice", Roles.ONCALL_SECONDARY, "staging")
                .body("state", equalTo("CHECKS_PENDING")).body("pullRequestNumber", equalTo(pull))
                .body("manifest.ppcVersion", equalTo("8d2f1c0b7a6e5d4c3b2a19080706050403020100"))
                .body("manifest.sdkVersion", equalTo("v0.17.4")).body("commitCount", equalTo(3))
                .extract().path("id");
        // And Travis CI passes the pull request build on its head
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", candidate, "staging"))
                .then().statusCode(202);

        // Then it is merged with a merge commit pinned to the checked head, once
        await().atMost(Duration.ofSeconds(30)).until(() -> merges(pull) == 1);
        github.wireMock.verifyThat(1, putRequestedFor(urlPathEqualTo(FakeGitHub.mergePath(pull)))
                .withRequestBody(matchingJsonPath("$.merge_method", WireMock.equalTo("merge")))
                .withRequestBody(matchingJsonPath("$.sha", WireMock.equalTo(candidate))));
        awaitState(id, "MERGED");

        // When the push build on staging passes at the merge commit
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "push", "passed", merge, "staging")).then().statusCode(202);

        // Then staging is deployed and verified, and every step is on release-events
        awaitState(id, "VERIFIED");
        awaitReleaseEvents(id, "io.releasetrain.promotion.scheduled", "io.releasetrain.promotion.opened",
                "io.releasetrain.promotion.checks-passed", "io.releasetrain.promotion.merged",
                "io.releasetrain.environment.deployed", "io.releasetrain.release.promoted");
        given().auth().oauth2(TestTokens.forRoles("reader")).get("/environments").then().statusCode(200)
                .body("find { it.name == 'staging' }.sha", equalTo(merge))
                .body("find { it.name == 'staging' }.promotionId", equalTo(id));
        assertThat(merges(pull)).isEqualTo(1);
    }

    @Test
    void stagingToProductionMergesAfterExactlyOneApprovalByThePrimary() {
        String candidate = sha();
        String merge = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("staging", candidate);
        github.pullCreated("production", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.mergeAnswers(pull, merge);
        github.manifest(candidate);
        github.compare("production", candidate, 12);
        String id = start("bob", Roles.ONCALL_PRIMARY, "production").extract().path("id");

        // When its checks pass
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", candidate, "production"))
                .then().statusCode(202);

        // Then it waits for an approval, and only the primary's counts
        awaitState(id, "AWAITING_APPROVAL");
        assertThat(merges(pull)).isZero();
        decide(id, "approve", "carol", Roles.ONCALL_SECONDARY).statusCode(403);
        decide(id, "approve", "bob", Roles.ONCALL_PRIMARY).statusCode(200).body("approvedBy", equalTo("bob"));
        awaitState(id, "MERGED");
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "push", "passed", merge, "production")).then().statusCode(202);
        awaitState(id, "VERIFIED");
        assertThat(merges(pull)).isEqualTo(1);
        awaitReleaseEvents(id, "io.releasetrain.promotion.awaiting-approval",
                "io.releasetrain.promotion.approved", "io.releasetrain.release.promoted");
    }

    @Test
    void staffWithoutTheTargetsRoleCannotStartAndBadInputIs400() {
        given().auth().oauth2(TestTokens.forRoles("dave", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                .body("{\"to\":\"production\",\"reason\":\"why not\"}").post("/promotions").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("dave", Roles.RELEASE_ADMIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"nowhere\",\"reason\":\"why not\"}").post("/promotions").then().statusCode(400)
                .body("details", hasItem(org.hamcrest.Matchers.containsString("not an environment")));
        given().auth().oauth2(TestTokens.forRoles("dave", Roles.RELEASE_ADMIN)).contentType(ContentType.JSON)
                .body("{\"to\":\"staging\"}").post("/promotions").then().statusCode(400);
    }

    @Test
    void noCommitsBetweenIsNothingToPromoteNotAnError() {
        String candidate = sha();
        github.branch("master", candidate);
        github.pullCreationRefused("staging", "No commits between staging and promote-staging-x");

        String id = start("alice", Roles.ONCALL_SECONDARY, "staging").body("state", equalTo("NOTHING_TO_PROMOTE"))
                .extract().path("id");

        awaitReleaseEvents(id, "io.releasetrain.promotion.nothing-to-promote");
        github.wireMock.verifyThat(deleteRequestedFor(urlPathMatching(FakeGitHub.API + "/git/refs/heads/promote-staging-" + id)));
    }

    @Test
    void anExistingPullRequestIsAdoptedAndAnAbandonClosesIt() {
        String candidate = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreationRefused("staging", "A pull request already exists for acme:promote-staging-x.");
        github.openPulls("staging", "[" + FakeGitHub.pullJson(pull, candidate, "open", false, null) + "]");
        github.pull(pull, candidate, false, null);
        github.manifest(candidate);
        github.compare("staging", candidate, 1);

        String id = start("alice", Roles.ONCALL_SECONDARY, "staging").body("pullRequestNumber", equalTo(pull))
                .extract().path("id");
        decide(id, "abandon", "alice", Roles.ONCALL_SECONDARY).statusCode(200).body("state", equalTo("ABANDONED"))
                .body("timeline.detail", hasItem("abandoned: test decision"));

        github.wireMock.verifyThat(1, patchRequestedFor(urlPathEqualTo(FakeGitHub.API + "/pulls/" + pull))
                .withRequestBody(matchingJsonPath("$.state", WireMock.equalTo("closed"))));
    }

    @Test
    void aMergeMadeBeforeARestartIsAdoptedNotMadeAgain() {
        // Given a promotion whose merge GitHub already made (the service died before recording it)
        String candidate = sha();
        String merge = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.mergeAnswers(pull, merge);
        github.manifest(candidate);
        github.compare("staging", candidate, 2);
        String id = start("alice", Roles.ONCALL_SECONDARY, "staging").extract().path("id");
        github.pull(pull, candidate, true, merge);

        // When its checks pass again
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", candidate, "staging"))
                .then().statusCode(202);

        // Then the merge GitHub made is recorded and none is asked for
        awaitState(id, "MERGED");
        assertThat(merges(pull)).isZero();
    }

    @Test
    void aLostWebhookIsMadeUpForByTheReconciler() {
        String candidate = sha();
        String merge = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.mergeAnswers(pull, merge);
        github.manifest(candidate);
        github.compare("staging", candidate, 2);
        String id = start("alice", Roles.ONCALL_SECONDARY, "staging").extract().path("id");
        // GitHub has the passing status, but its webhook never arrived
        github.statuses(candidate, "continuous-integration/travis-ci/pr", "success");

        reconciler.reconcileAll();

        awaitState(id, "MERGED");
        assertThat(merges(pull)).isEqualTo(1);
    }

    @Test
    void aMergeGitHubRefusesAsNotMergeableWaitsAndAHeadChangeStartsTheChecksOver() {
        String candidate = sha();
        String fixed = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.mergeRefused(pull, 405, "Pull Request is not mergeable");
        github.manifest(candidate);
        github.compare("staging", candidate, 2);
        String id = start("alice", Roles.ONCALL_SECONDARY, "staging").extract().path("id");

        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", candidate, "staging"))
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> merges(pull) == 1);
        awaitState(id, "CHECKS_PASSED");

        // When the merge is refused because the head moved (409), the new head is read and checked again
        github.mergeRefused(pull, 409, "Head branch was modified. Review and try the merge again.");
        github.pull(pull, fixed, false, null);
        reconciler.reconcileAll();

        awaitState(id, "CHECKS_PENDING");
        given().auth().oauth2(TestTokens.forRoles("reader")).get("/promotions/" + id).then().body("headSha", equalTo(fixed));
    }

    private io.restassured.response.ValidatableResponse start(String who, String role, String to) {
        return given().auth().oauth2(TestTokens.forRoles(who, role)).contentType(ContentType.JSON)
                .body("{\"to\":\"" + to + "\",\"reason\":\"test promotion\"}").post("/promotions").then().statusCode(201);
    }

    private io.restassured.response.ValidatableResponse decide(String id, String what, String who, String role) {
        return given().auth().oauth2(TestTokens.forRoles(who, role)).contentType(ContentType.JSON)
                .body("{\"reason\":\"test decision\"}").post("/promotions/" + id + "/" + what).then();
    }

    private static void awaitState(String id, String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.forRoles("reader"))
                .get("/promotions/" + id).then().statusCode(200).body("state", equalTo(state)));
    }

    private int merges(int pull) {
        return github.wireMock.find(putRequestedFor(urlPathEqualTo(FakeGitHub.mergePath(pull)))).size();
    }

    private static void awaitReleaseEvents(String promotionId, String... types) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.matching(Topics.RELEASE_EVENTS,
                        record -> record.value().contains(promotionId)).stream()
                        .map(record -> TestKafka.header(record, "ce_type")).toList(),
                found -> found.containsAll(List.of(types)));
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
