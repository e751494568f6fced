package io.releasetrain.sandbox;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Calls to the sandbox as the services make them, and the controls the tests use to arrange the world. */
public final class Api {

    public static final String REPO = "/repos/acme/pulumi-service";

    private Api() {
    }

    /** A GitHub API call with a token. */
    public static RequestSpecification github() {
        return given().header("Authorization", "Bearer ghs_test").accept("application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28").contentType(ContentType.JSON);
    }

    /** A Travis CI API call with a token. */
    public static RequestSpecification travis() {
        return given().header("Authorization", "token travis-test").header("Travis-API-Version", "3").contentType(ContentType.JSON);
    }

    public static RequestSpecification slack() {
        return given().header("Authorization", "Bearer xoxb-test").contentType(ContentType.JSON);
    }

    /** A unique branch name for one test. */
    public static String uniqueBranch(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The head commit of a branch. */
    public static String head(String branch) {
        return github().get(REPO + "/git/ref/heads/" + branch).then().statusCode(200).extract().path("object.sha");
    }

    /** Creates {@code branch} at {@code from}'s head and pushes one commit onto it; returns the new head. */
    public static String branchWithCommit(String branch, String from, String message) {
        github().body(Map.of("ref", "refs/heads/" + branch, "sha", head(from))).post(REPO + "/git/refs").then().statusCode(201);
        return pushCommit(branch, message, Map.of());
    }

    /** The sandbox control that pushes a commit; returns its sha. */
    public static String pushCommit(String branch, String message, Map<String, String> files) {
        return given().contentType(ContentType.JSON).body(Map.of("branch", branch, "message", message, "files", files))
                .post("/sandbox/github/push").then().statusCode(201).extract().path("sha");
    }
}
