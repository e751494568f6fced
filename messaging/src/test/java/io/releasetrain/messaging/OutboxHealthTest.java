package io.releasetrain.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators can see an outbox backlog in health and metrics. */
@QuarkusTest
class OutboxHealthTest {

    @Inject
    Ledger ledger;

    @Test
    void aBacklogShowsInWellnessAndMetrics() {
        // The relay is off in these tests, so a committed event stays pending.
        ledger.record("backlog-" + UUID.randomUUID(), "cloud-health", false);

        given().get("/q/health/well")
                .then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", greaterThanOrEqualTo(1))
                .body("checks.find { it.name == 'outbox' }.data.relaying", equalTo(false));
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("releasetrain_outbox_pending"));
    }
}
