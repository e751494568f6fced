package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.Api.REPO;
import static io.releasetrain.sandbox.Api.github;
import static io.releasetrain.sandbox.Api.head;
import static io.releasetrain.sandbox.Api.uniqueBranch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.sandbox.Api;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GitHub's refs, Git data, branches, commits, contents and compare, as the promoter calls them. */
@QuarkusTest
class GitDataApiTest {

    @Test
    void theRepositoryStartsWithMasterStagingAndProductionAtOneCommit() {
        // When
        String master = head("master");

        // Then
        github().get(REPO + "/branches/staging").then().statusCode(200).body("name", equalTo("staging"))
                .body("protected", equalTo(true));
        github().get(REPO + "/git/commits/" + master).then().statusCode(200).body("sha", equalTo(master));
        assertThat(master).matches("[0-9a-f]{40}");
    }

    @Test
    void aCallWithoutATokenIsRefusedAsGitHubDoes() {
        given().get(REPO + "/git/ref/heads/master").then().statusCode(401).body("message", equalTo("Requires authentication"));
        github().get("/repos/someone/else/git/ref/heads/master").then().statusCode(404).body("message", equalTo("Not Found"));
    }

    @Test
    void refsAreCreatedMovedAndDeletedWithGitHubsRefusals() {
        // Given
        String branch = uniqueBranch("promote");
        String master = head("master");

        // When / Then: create, then create again
        github().body(Map.of("ref", "refs/heads/" + branch, "sha", master)).post(REPO + "/git/refs")
                .then().statusCode(201).body("ref", equalTo("refs/heads/" + branch)).body("object.sha", equalTo(master));
        github().body(Map.of("ref", "refs/heads/" + branch, "sha", master)).post(REPO + "/git/refs")
                .then().statusCode(422).body("message", equalTo("Reference already exists"));
        github().body(Map.of("ref", "refs/heads/" + uniqueBranch("x"), "sha", "f".repeat(40))).post(REPO + "/git/refs")
                .then().statusCode(422).body("message", equalTo("Object does not exist"));

        // a fast-forward moves it; going back needs force
        String next = Api.pushCommit(branch, "A change", Map.of());
        github().body(Map.of("sha", master)).patch(REPO + "/git/refs/heads/" + branch)
                .then().statusCode(422).body("message", equalTo("Update is not a fast forward"));
        github().body(Map.of("sha", master, "force", true)).patch(REPO + "/git/refs/heads/" + branch)
                .then().statusCode(200).body("object.sha", equalTo(master));
        github().body(Map.of("sha", next)).patch(REPO + "/git/refs/heads/" + branch).then().statusCode(200);

        // listing by prefix, then delete
        github().get(REPO + "/git/matching-refs/heads/" + branch).then().statusCode(200)
                .body("ref", hasItem("refs/heads/" + branch));
        github().delete(REPO + "/git/refs/heads/" + branch).then().statusCode(204);
        github().delete(REPO + "/git/refs/heads/" + branch).then().statusCode(422).body("message", equalTo("Reference does not exist"));
        github().get(REPO + "/git/ref/heads/" + branch).then().statusCode(404);
    }

    @Test
    void commitsAreMadeFromTreesThroughTheGitDataApi() {
        // Given
        String master = head("master");
        String baseTree = github().get(REPO + "/git/commits/" + master).then().extract().path("tree.sha");

        // When
        String tree = github().body(Map.of("base_tree", baseTree, "tree", List.of(Map.of("path", "fix.txt", "mode", "100644",
                "type", "blob", "content", "the fix\n")))).post(REPO + "/git/trees").then().statusCode(201).extract().path("sha");
        String commit = github().body(Map.of("message", "Cherry-pick the fix", "tree", tree, "parents", List.of(master)))
                .post(REPO + "/git/commits").then().statusCode(201).body("parents[0].sha", equalTo(master))
                .extract().path("sha");

        // Then
        List<String> paths = github().get(REPO + "/git/trees/" + tree).then().statusCode(200).extract().path("tree.path");
        assertThat(paths).contains("fix.txt", "Gopkg.lock", ".travis.yml");
        github().get(REPO + "/commits/" + commit).then().statusCode(200).body("commit.message", equalTo("Cherry-pick the fix"));
        github().get(REPO + "/commits/" + "0".repeat(40)).then().statusCode(422);
    }

    @Test
    void contentsAreBase64AndPinThePpcAndSdkVersions() {
        // When
        Map<String, Object> lock = github().get(REPO + "/contents/Gopkg.lock?ref=master").then().statusCode(200)
                .body("encoding", equalTo("base64")).body("type", equalTo("file")).extract().as(Map.class);
        Map<String, Object> travis = github().get(REPO + "/contents/.travis.yml?ref=production").then().statusCode(200)
                .extract().as(Map.class);

        // Then
        assertThat(decode(lock.get("content"))).contains("name = \"github.com/pulumi/pulumi-ppc\"").contains("version = \"v1.4.0\"");
        assertThat(decode(travis.get("content"))).contains("PULUMI_SDK_VERSION=v0.17.28");
        github().get(REPO + "/contents/missing.txt").then().statusCode(404);
    }

    @Test
    void compareCountsCommitsAheadAndBehindAndListsChangedFiles() {
        // Given
        String branch = uniqueBranch("compare");
        Api.branchWithCommit(branch, "master", "Bump the PPC");
        Api.pushCommit(branch, "Bump again", Map.of("Gopkg.lock", "changed\n"));

        // When / Then
        github().get(REPO + "/compare/master..." + branch).then().statusCode(200).body("status", equalTo("ahead"))
                .body("ahead_by", equalTo(2)).body("behind_by", equalTo(0)).body("total_commits", equalTo(2))
                .body("files.filename", hasItem("Gopkg.lock"));
        github().get(REPO + "/compare/" + branch + "...master").then().statusCode(200).body("status", equalTo("behind"));
        github().get(REPO + "/compare/master...master").then().statusCode(200).body("status", equalTo("identical"));
    }

    private static String decode(Object base64) {
        return new String(Base64.getMimeDecoder().decode(String.valueOf(base64)), StandardCharsets.UTF_8);
    }
}
