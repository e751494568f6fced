package io.releasetrain.promoter.promotion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.releasetrain.promoter.PromoterTestResources;
import io.releasetrain.testsupport.TestWireMock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** GitHub's REST API for promotions, played by WireMock with the answers GitHub documents. */
public final class FakeGitHub {

    public static final String REPO = PromoterTestResources.SERVICE_REPOSITORY;
    public static final String API = "/repos/" + REPO;
    static final String LOCK = "[[projects]]\n  name = \"github.com/pkg/errors\"\n  revision = \"645ef00459ed84a119197bfb8d8205042c6df63d\"\n\n"
            + "[[projects]]\n  branch = \"master\"\n  name = \"github.com/pulumi/pulumi-ppc\"\n  packages = [\".\"]\n"
            + "  revision = \"8d2f1c0b7a6e5d4c3b2a19080706050403020100\"\n";
    static final String TRAVIS_YML = "language: go\nenv:\n  global:\n    - PULUMI_SDK_VERSION=v0.17.4\n";

    public final WireMock wireMock = TestWireMock.client();
    /** How long the contents and compare answers take (0: at once); a test that races the service sets it. */
    int readDelayMs;

    public void branch(String branch, String sha) {
        wireMock.register(get(urlPathEqualTo(API + "/branches/" + branch)).willReturn(okJson(
                "{\"name\":\"" + branch + "\",\"commit\":{\"sha\":\"" + sha + "\"},\"protected\":true}")));
    }

    public void refsAndBranchDeletes() {
        wireMock.register(post(urlPathEqualTo(API + "/git/refs")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"ref\":\"refs/heads/x\",\"object\":{\"sha\":\"0\"}}")));
        wireMock.register(delete(urlPathMatching(API + "/git/refs/heads/.+")).willReturn(aResponse().withStatus(204)));
    }

    public void pullCreated(String base, int number, String headSha) {
        wireMock.register(post(urlPathEqualTo(API + "/pulls")).withRequestBody(matchingJsonPath("$.base", equalTo(base)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(pullJson(number, headSha, "open", false, null))));
    }

    void pullCreationRefused(String base, String message) {
        wireMock.register(post(urlPathEqualTo(API + "/pulls")).withRequestBody(matchingJsonPath("$.base", equalTo(base)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":\"custom\","
                                + "\"message\":\"" + message + "\"}],\"documentation_url\":\"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\"}")));
    }

    void openPulls(String base, String json) {
        wireMock.register(get(urlPathEqualTo(API + "/pulls")).withQueryParam("base", equalTo(base))
                .withQueryParam("state", equalTo("open")).willReturn(okJson(json)));
    }

    public void pull(int number, String headSha, boolean merged, String mergeSha) {
        wireMock.register(get(urlPathEqualTo(API + "/pulls/" + number)).willReturn(okJson(
                pullJson(number, headSha, merged ? "closed" : "open", merged, mergeSha))));
        wireMock.register(patch(urlPathEqualTo(API + "/pulls/" + number)).willReturn(okJson(
                pullJson(number, headSha, "closed", false, null))));
    }

    void mergeAnswers(int number, String mergeSha) {
        wireMock.register(put(urlPathEqualTo(mergePath(number))).willReturn(okJson(
                "{\"sha\":\"" + mergeSha + "\",\"merged\":true,\"message\":\"Pull Request successfully merged\"}")));
    }

    void mergeRefused(int number, int status, String message) {
        wireMock.register(put(urlPathEqualTo(mergePath(number))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"" + message + "\"}")));
    }

    public void manifest(String sha) {
        content("Gopkg.lock", sha, LOCK);
        content(".travis.yml", sha, TRAVIS_YML);
    }

    void content(String path, String sha, String text) {
        String base64 = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)).replace("\r\n", "\\n");
        wireMock.register(get(urlPathEqualTo(API + "/contents/" + path)).withQueryParam("ref", equalTo(sha)).willReturn(okJson(
                "{\"type\":\"file\",\"encoding\":\"base64\",\"name\":\"" + path + "\",\"path\":\"" + path + "\",\"content\":\""
                        + base64 + "\"}").withFixedDelay(readDelayMs)));
    }

    public void compare(String base, String sha, int commits) {
        wireMock.register(get(urlPathEqualTo(API + "/compare/" + base + "..." + sha)).willReturn(okJson(
                "{\"status\":\"ahead\",\"ahead_by\":" + commits + ",\"behind_by\":0,\"total_commits\":" + commits
                        + ",\"html_url\":\"https://github.com/" + REPO + "/compare/" + base + "..." + sha + "\",\"commits\":[]}").withFixedDelay(readDelayMs)));
    }

    public void statuses(String sha, String context, String state) {
        wireMock.register(get(urlPathEqualTo(API + "/commits/" + sha + "/status")).willReturn(okJson(
                "{\"state\":\"" + state + "\",\"sha\":\"" + sha + "\",\"total_count\":1,\"statuses\":[{\"context\":\"" + context
                        + "\",\"state\":\"" + state + "\",\"target_url\":\"https://travis-ci.com/" + REPO + "/builds/1\"}]}")));
        wireMock.register(get(urlPathEqualTo(API + "/commits/" + sha + "/check-runs")).willReturn(okJson(
                "{\"total_count\":0,\"check_runs\":[]}")));
    }

    static String mergePath(int number) {
        return API + "/pulls/" + number + "/merge";
    }

    static String pullJson(int number, String headSha, String state, boolean merged, String mergeSha) {
        return "{\"number\":" + number + ",\"state\":\"" + state + "\",\"html_url\":\"https://github.com/" + REPO + "/pull/" + number
                + "\",\"head\":{\"ref\":\"promote-x\",\"sha\":\"" + headSha + "\"},\"base\":{\"ref\":\"staging\",\"sha\":\"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\"},"
                + "\"merged\":" + merged + ",\"mergeable\":true,\"merge_commit_sha\":" + (mergeSha == null ? "null" : "\"" + mergeSha + "\"") + "}";
    }
}
