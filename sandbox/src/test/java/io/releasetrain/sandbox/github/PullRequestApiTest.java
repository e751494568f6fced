package io.releasetrain.sandbox.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.releasetrain.sandbox.Api.REPO;
import static io.releasetrain.sandbox.Api.github;
import static io.releasetrain.sandbox.Api.head;
import static io.releasetrain.sandbox.Api.uniqueBranch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.sandbox.Api;
import io.releasetrain.testsupport.TestWireMock;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Pull requests and merges, with GitHub's answers for the cases the promotion engine meets. */
@QuarkusTest
class PullRequestApiTest {

    private static String open(String head, String base) {
        return open(head, base, 201).extract().path("number").toString();
    }

    private static io.restassured.response.ValidatableResponse open(String head, String base, int status) {
        return github().body(Map.of("title", "Promote " + head + " to " + base, "head", "acme:" + head, "base", base, "body", "by the train"))
                .post(REPO + "/pulls").then().statusCode(status);
    }

    @Test
    void aPullRequestIntoAProtectedBranchMergesWithAMergeCommitOnlyWhenItsChecksPass() {
        // Given a promotion branch whose pull request into staging fails its build
        String branch = uniqueBranch("promotion");
        String firstHead = Api.branchWithCommit(branch, "master", "Candidate");
        given().contentType(ContentType.JSON).body(Map.of("branch", branch)).post("/sandbox/travis/fail-next-build").then().statusCode(200);
        String number = open(branch, "staging");
        awaitPrStatus(firstHead, "failure");

        // When it is merged with the check red, Then GitHub refuses
        github().body(Map.of("merge_method", "merge", "sha", firstHead)).put(REPO + "/pulls/" + number + "/merge")
                .then().statusCode(405);
        github().get(REPO + "/pulls/" + number).then().body("mergeable_state", Matchers.equalTo("blocked"));

        // When a fix is pushed and its build passes, Then the merge is a merge commit pinned to the checked head
        String headSha = Api.pushCommit(branch, "Fix", Map.of("fix.txt", "fixed\n"));
        awaitPrStatus(headSha, "success");
        String stagingBefore = head("staging");
        String mergeSha = github().body(Map.of("merge_method", "merge", "sha", headSha, "commit_title", "Promote " + branch))
                .put(REPO + "/pulls/" + number + "/merge").then().statusCode(200)
                .body("merged", Matchers.equalTo(true)).body("message", Matchers.equalTo("Pull Request successfully merged"))
                .extract().path("sha");
        assertThat(head("staging")).isEqualTo(mergeSha);
        List<String> parents = github().get(REPO + "/git/commits/" + mergeSha).then().extract().path("parents.sha");
        assertThat(parents).containsExactly(stagingBefore, headSha);
        github().get(REPO + "/pulls/" + number).then().body("state", Matchers.equalTo("closed"))
                .body("merged", Matchers.equalTo(true)).body("merge_commit_sha", Matchers.equalTo(mergeSha));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> TestWireMock.client().verifyThat(
                postRequestedFor(urlEqualTo("/webhooks/github")).withHeader("X-GitHub-Event", equalTo("pull_request"))
                        .withRequestBody(containing("\"action\":\"closed\"")).withRequestBody(containing("\"merge_commit_sha\":\"" + mergeSha))));
    }

    private static void awaitPrStatus(String sha, String state) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> github().get(REPO + "/commits/" + sha + "/status")
                .then().body("statuses.find { it.context == 'continuous-integration/travis-ci/pr' }.state", Matchers.equalTo(state)));
    }

    @Test
    void openingTwiceOrWithNothingToMergeIsRefusedWith422() {
        // Given
        String branch = uniqueBranch("dup");
        Api.branchWithCommit(branch, "master", "Something");
        open(branch, "master-copy-" + branch.substring(4), 422);
        open(branch, "production");

        // When / Then
        open(branch, "production", 422).body("errors[0].message", containsString("A pull request already exists for acme:" + branch));
        String empty = uniqueBranch("empty");
        github().body(Map.of("ref", "refs/heads/" + empty, "sha", head("production"))).post(REPO + "/git/refs").then().statusCode(201);
        open(empty, "production", 422).body("errors[0].message", Matchers.equalTo("No commits between production and " + empty));
    }

    @Test
    void onlyMergeCommitsOfTheCheckedHeadAreAllowed() {
        // Given
        String base = uniqueBranch("base");
        github().body(Map.of("ref", "refs/heads/" + base, "sha", head("master"))).post(REPO + "/git/refs").then().statusCode(201);
        String branch = uniqueBranch("feature");
        String headSha = Api.branchWithCommit(branch, "master", "Feature");
        String number = open(branch, base);

        // When / Then
        github().body(Map.of("merge_method", "squash")).put(REPO + "/pulls/" + number + "/merge")
                .then().statusCode(405).body("message", containsString("Squash merges are not allowed"));
        github().body(Map.of("merge_method", "rebase")).put(REPO + "/pulls/" + number + "/merge").then().statusCode(405);
        github().body(Map.of("merge_method", "merge", "sha", "a".repeat(40))).put(REPO + "/pulls/" + number + "/merge")
                .then().statusCode(409).body("message", containsString("Head branch was modified"));
        github().body(Map.of("merge_method", "merge", "sha", headSha)).put(REPO + "/pulls/" + number + "/merge").then().statusCode(200);
        github().body(Map.of("merge_method", "merge", "sha", headSha)).put(REPO + "/pulls/" + number + "/merge")
                .then().statusCode(405).body("message", Matchers.equalTo("Pull Request is not mergeable"));
        // And the sandbox's state counts every merge call, refused ones too: a duplicate merge attempt shows there
        given().get("/sandbox/state").then().statusCode(200)
                .body("github.pullRequests.find { it.number == " + number + " }.mergeAttempts", Matchers.equalTo(5));
    }

    @Test
    void aConflictMakesThePullRequestUnmergeable() {
        // Given both sides change the same file differently
        String base = uniqueBranch("conflict-base");
        Api.branchWithCommit(base, "master", "Base side");
        Api.pushCommit(base, "Base edit", Map.of("shared.txt", "base\n"));
        String branch = uniqueBranch("conflict-head");
        Api.branchWithCommit(branch, "master", "Head side");
        Api.pushCommit(branch, "Head edit", Map.of("shared.txt", "head\n"));

        // When
        String number = open(branch, base);

        // Then
        github().get(REPO + "/pulls/" + number).then().body("mergeable", Matchers.equalTo(false))
                .body("mergeable_state", Matchers.equalTo("dirty"));
        github().body(Map.of("merge_method", "merge")).put(REPO + "/pulls/" + number + "/merge").then().statusCode(405);
    }

    @Test
    void pushingToTheHeadSynchronizesAndClosingAbandons() {
        // Given
        String branch = uniqueBranch("sync");
        Api.branchWithCommit(branch, "master", "First");
        String number = open(branch, "production");

        // When
        String newHead = Api.pushCommit(branch, "Cherry-picked fix", Map.of("fix.txt", "fixed\n"));

        // Then
        github().get(REPO + "/pulls/" + number).then().body("head.sha", Matchers.equalTo(newHead));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> TestWireMock.client().verifyThat(
                postRequestedFor(urlEqualTo("/webhooks/github")).withHeader("X-GitHub-Event", equalTo("pull_request"))
                        .withRequestBody(containing("\"action\":\"synchronize\"")).withRequestBody(containing(newHead))));
        github().get(REPO + "/pulls?state=open&head=acme:" + branch + "&base=production").then().body("$", hasSize(1));

        // and When it is closed
        github().body(Map.of("state", "closed")).patch(REPO + "/pulls/" + number).then().statusCode(200)
                .body("state", Matchers.equalTo("closed")).body("merged", Matchers.equalTo(false));
        github().get(REPO + "/pulls?state=open&head=acme:" + branch).then().body("$", hasSize(0));
        github().get(REPO + "/pulls?state=closed&head=acme:" + branch).then().body("$", hasSize(1));
    }

    @Test
    void branchesMergeThroughTheMergesApi() {
        // Given
        String base = uniqueBranch("merges-base");
        github().body(Map.of("ref", "refs/heads/" + base, "sha", head("master"))).post(REPO + "/git/refs").then().statusCode(201);
        String branch = uniqueBranch("merges-head");
        String headSha = Api.branchWithCommit(branch, "master", "Hotfix");

        // When / Then
        String merge = github().body(Map.of("base", base, "head", branch, "commit_message", "Merge hotfix"))
                .post(REPO + "/merges").then().statusCode(201).body("parents", hasSize(2)).extract().path("sha");
        assertThat(head(base)).isEqualTo(merge);
        github().body(Map.of("base", base, "head", headSha)).post(REPO + "/merges").then().statusCode(204);
        github().body(Map.of("base", "no-such-branch", "head", branch)).post(REPO + "/merges").then().statusCode(404);
    }
}
