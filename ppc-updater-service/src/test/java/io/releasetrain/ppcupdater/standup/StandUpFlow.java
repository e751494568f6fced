package io.releasetrain.ppcupdater.standup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.ppcupdater.FakeTravis;
import io.releasetrain.ppcupdater.FleetWork;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Stand-ups as an operator asks for them and a create job reports back. */
final class StandUpFlow {

    static final String OPERATOR = TestTokens.forRoles("oscar@example.com", Roles.PPC_OPERATOR);
    static final String ORG_ADMIN = TestTokens.forRoles("olga@example.com", Roles.ORG_ADMIN);
    static final String READER = TestTokens.forRoles("rita@example.com");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandUpFlow() {
    }

    /** A fresh, unique name prefix. */
    static String prefix() {
        return "lm" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> request(String prefix, String suffix) {
        return new LinkedHashMap<>(Map.of("namePrefix", prefix, "nameSuffix", suffix, "region", "eu-west-1",
                "orgId", "org-" + prefix, "credentialSet", "aws-ppc-" + prefix, "ppcVersion", "v3.112.0"));
    }

    /** Asks for a stand-up as a ppc-operator; returns the cloud id. */
    static String standUp(String prefix, String suffix) {
        return given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(request(prefix, suffix))
                .post("/clouds").then().statusCode(201).extract().path("cloudId");
    }

    static ValidatableResponse callback(String cloudId, String token, Map<String, String> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/clouds/{id}/callback", cloudId).then();
    }

    static ValidatableResponse step(String token, String cloudId, String step) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "test: " + step))
                .post("/clouds/{id}/" + step, cloudId).then();
    }

    static String field(String cloudId, String field) {
        return given().auth().oauth2(READER).get("/clouds/{id}", cloudId).then().statusCode(200).extract().path(field);
    }

    /** The create job requests Travis received for this PPC, oldest first, as their env.global entries. */
    static List<Map<String, String>> jobs(String ppcName) {
        return FakeTravis.jobsFor(ppcName).stream().map(StandUpFlow::environment).toList();
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> environment(LoggedRequest request) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode entry : body(request).path("request").path("config").path("env").path("global")) {
            String text = entry.asText();
            env.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
        }
        return env;
    }

    static void tickUntil(FleetWork work, Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            work.tick();
            return done.call();
        });
    }
}
