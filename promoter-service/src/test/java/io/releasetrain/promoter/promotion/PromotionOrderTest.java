package io.releasetrain.promoter.promotion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Promotions are listed newest first even when several were requested in the same second (MariaDB, reached through
 * Connector/J, keeps no fractions of a second, so their creation times tie).
 */
@QuarkusTest
class PromotionOrderTest {

    private static final int COUNT = 10;

    @Inject
    Promotions promotions;

    private final FakeGitHub github = new FakeGitHub();

    @BeforeEach
    void nothingInFlight() {
        github.refsAndBranchDeletes();
        PromotionsInFlight.clear(promotions, "a fresh start for the listing");
    }

    @Test
    void promotionsRequestedInTheSameSecondAreListedNewestFirst() {
        // Given staging has every commit already, so each promotion ends at once and the next one may start
        github.pullCreationRefused("staging", "No commits between staging and promote-staging-x");
        List<String> requested = new ArrayList<>();
        List<String> createdAt = new ArrayList<>();

        // When ten are requested one after the other, several within one second
        for (int i = 0; i < COUNT; i++) {
            var answer = given().auth().oauth2(TestTokens.forRoles("alice", Roles.ONCALL_SECONDARY))
                    .contentType(ContentType.JSON)
                    .body("{\"to\":\"staging\",\"sha\":\"" + sha() + "\",\"reason\":\"listing " + i + "\"}")
                    .post("/promotions").then().statusCode(201).body("state", equalTo("NOTHING_TO_PROMOTE")).extract();
            requested.add(answer.path("id"));
            createdAt.add(answer.path("createdAt"));
        }

        // Then the list, of all promotions and of those into staging, has them newest first
        List<String> newestFirst = new ArrayList<>(requested);
        Collections.reverse(newestFirst);
        List<String> intoStaging = given().auth().oauth2(TestTokens.forRoles("reader"))
                .get("/promotions?target=staging&limit=" + COUNT).then().statusCode(200).extract().path("id");
        List<String> all = given().auth().oauth2(TestTokens.forRoles("reader"))
                .get("/promotions?limit=" + COUNT).then().statusCode(200).extract().path("id");
        assertThat(intoStaging).containsExactlyElementsOf(newestFirst);
        assertThat(all).containsExactlyElementsOf(newestFirst);
        // And the history of staging lists them in the same order
        List<String> history = given().auth().oauth2(TestTokens.forRoles("reader"))
                .get("/environments/staging/history?limit=" + COUNT).then().statusCode(200).extract().path("promotionId");
        assertThat(history).containsExactlyElementsOf(newestFirst);
        // (what makes this a test: some of them share a creation time)
        assertThat(createdAt.stream().distinct().count()).as("creation times %s", createdAt).isLessThan(COUNT);
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
