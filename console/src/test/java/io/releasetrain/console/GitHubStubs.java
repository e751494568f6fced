package io.releasetrain.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.releasetrain.testsupport.TestWireMock;

/**
 * The few answers of GitHub's REST API a promotion needs (GitHub is an outside system: WireMock plays it): the
 * source branch's head, the promotion branch, the pull request, the comparison and the merge.
 */
final class GitHubStubs {

    static final String API = "/repos/" + ConsoleTestStack.REPOSITORY;

    private final WireMock wireMock = TestWireMock.client();

    /** A promotion from {@code sourceBranch} into {@code targetBranch} at {@code candidate}, merging as {@code merge}. */
    void promotion(String sourceBranch, String targetBranch, int pull, String candidate, String merge) {
        wireMock.register(get(urlPathEqualTo(API + "/branches/" + sourceBranch)).willReturn(okJson(
                "{\"name\":\"" + sourceBranch + "\",\"commit\":{\"sha\":\"" + candidate + "\"},\"protected\":true}")));
        wireMock.register(post(urlPathEqualTo(API + "/git/refs")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"ref\":\"refs/heads/x\",\"object\":{\"sha\":\"" + candidate + "\"}}")));
        wireMock.register(delete(urlPathMatching(API + "/git/refs/heads/.+")).willReturn(aResponse().withStatus(204)));
        wireMock.register(post(urlPathEqualTo(API + "/pulls")).withRequestBody(matchingJsonPath("$.base", equalTo(targetBranch)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(pullJson(pull, candidate, targetBranch, "open", false, null))));
        wireMock.register(get(urlPathEqualTo(API + "/pulls/" + pull)).willReturn(okJson(
                pullJson(pull, candidate, targetBranch, "open", false, null))));
        wireMock.register(patch(urlPathEqualTo(API + "/pulls/" + pull)).willReturn(okJson(
                pullJson(pull, candidate, targetBranch, "closed", false, null))));
        wireMock.register(put(urlPathEqualTo(mergePath(pull))).willReturn(okJson(
                "{\"sha\":\"" + merge + "\",\"merged\":true,\"message\":\"Pull Request successfully merged\"}")));
        wireMock.register(get(urlPathEqualTo(API + "/compare/" + targetBranch + "..." + candidate)).willReturn(okJson(
                "{\"status\":\"ahead\",\"ahead_by\":4,\"behind_by\":0,\"total_commits\":4,\"html_url\":\"https://github.com/"
                        + ConsoleTestStack.REPOSITORY + "/compare/" + targetBranch + "..." + candidate + "\",\"commits\":[]}")));
    }

    /** How many times the pull request was merged. */
    int merges(int pull) {
        return wireMock.find(putRequestedFor(urlPathEqualTo(mergePath(pull)))).size();
    }

    private static String mergePath(int pull) {
        return API + "/pulls/" + pull + "/merge";
    }

    private static String pullJson(int number, String headSha, String base, String state, boolean merged, String mergeSha) {
        return "{\"number\":" + number + ",\"state\":\"" + state + "\",\"html_url\":\"https://github.com/"
                + ConsoleTestStack.REPOSITORY + "/pull/" + number + "\",\"head\":{\"ref\":\"promote-x\",\"sha\":\"" + headSha
                + "\"},\"base\":{\"ref\":\"" + base + "\",\"sha\":\"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\"},\"merged\":"
                + merged + ",\"mergeable\":true,\"merge_commit_sha\":" + (mergeSha == null ? "null" : "\"" + mergeSha + "\"") + "}";
    }
}
