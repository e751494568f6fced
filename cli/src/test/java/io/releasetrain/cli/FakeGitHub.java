package io.releasetrain.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.releasetrain.testsupport.TestWireMock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GitHub for promoter-service in the CLI tests, played by WireMock with GitHub's documented answers: branches and
 * pull requests open, commit statuses as the test sets them, merges succeed. No manifest files (the promotion notes
 * that and goes on).
 */
final class FakeGitHub {

    static final String REPOSITORY = "acme/pulumi-service";
    static final String CHECK = "continuous-integration/travis-ci/pr";
    private static final String API = "/repos/" + REPOSITORY;
    private static final AtomicInteger PULLS = new AtomicInteger(100);

    private final WireMock github = TestWireMock.client();

    /** Refs, pull requests, compare and merges answer as GitHub does; returns the next pull request's number. */
    int acceptsPromotions(String sha) {
        int number = PULLS.incrementAndGet();
        github.register(post(urlPathEqualTo(API + "/git/refs")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ref\":\"refs/heads/promote\",\"object\":{\"sha\":\"" + sha + "\"}}")));
        github.register(delete(urlPathMatching(API + "/git/refs/heads/.+")).willReturn(aResponse().withStatus(204)));
        github.register(get(urlPathEqualTo(API + "/pulls")).willReturn(okJson("[]")));
        github.register(post(urlPathEqualTo(API + "/pulls")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(pull(number, sha, "open"))));
        github.register(get(urlPathEqualTo(API + "/pulls/" + number)).willReturn(okJson(pull(number, sha, "open"))));
        github.register(patch(urlPathEqualTo(API + "/pulls/" + number)).willReturn(okJson(pull(number, sha, "closed"))));
        github.register(put(urlPathEqualTo(API + "/pulls/" + number + "/merge")).willReturn(okJson(
                "{\"sha\":\"" + "9".repeat(40) + "\",\"merged\":true,\"message\":\"Pull Request successfully merged\"}")));
        github.register(post(urlPathEqualTo(API + "/merges")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sha\":\"" + "8".repeat(40) + "\"}")));
        github.register(get(urlPathMatching(API + "/compare/.+")).willReturn(okJson("{\"status\":\"ahead\",\"ahead_by\":3,"
                + "\"behind_by\":0,\"total_commits\":3,\"html_url\":\"https://github.com/" + REPOSITORY + "/compare\",\"commits\":[]}")));
        github.register(get(urlPathMatching(API + "/contents/.+")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\"}")));
        github.register(get(urlPathMatching(API + "/commits/.+/check-runs"))
                .willReturn(okJson("{\"total_count\":0,\"check_runs\":[]}")));
        checks(sha, "pending");
        return number;
    }

    /** The combined status of {@code sha} for the train's check. */
    void checks(String sha, String state) {
        github.register(get(urlPathEqualTo(API + "/commits/" + sha + "/status")).willReturn(okJson("{\"state\":\"" + state
                + "\",\"sha\":\"" + sha + "\",\"total_count\":1,\"statuses\":[{\"context\":\"" + CHECK + "\",\"state\":\""
                + state + "\",\"target_url\":\"https://travis-ci.com/" + REPOSITORY + "/builds/1\"}]}")));
    }

    private static String pull(int number, String sha, String state) {
        return "{\"number\":" + number + ",\"state\":\"" + state + "\",\"html_url\":\"https://github.com/" + REPOSITORY
                + "/pull/" + number + "\",\"head\":{\"ref\":\"promote\",\"sha\":\"" + sha + "\"},\"base\":{\"ref\":\"staging\","
                + "\"sha\":\"" + "1".repeat(40) + "\"},\"merged\":false,\"mergeable\":true,\"merge_commit_sha\":null}";
    }
}
