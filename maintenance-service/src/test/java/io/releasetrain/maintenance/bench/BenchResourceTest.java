package io.releasetrain.maintenance.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Callers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BenchResourceTest {

    @Test
    void theBenchmarkBaselineIsAbsentUnlessSwitchedOn() {
        given().auth().oauth2(Callers.reader()).get("/bench/noop")
                .then().statusCode(404).body("status", equalTo(404));
    }
}
