package io.releasetrain.promoter.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BenchNoopTest {

    @Test
    void theBenchmarkBaselineIsOffUnlessEnabled() {
        given().body("{}").post("/bench/noop").then()
                .statusCode(404)
                .body("status", equalTo(404))
                .body("message", containsString("releasetrain.bench.enabled=true"));
    }
}
