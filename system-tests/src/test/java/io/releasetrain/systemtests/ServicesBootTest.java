package io.releasetrain.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every packaged service boots against real infrastructure and exposes its operational endpoints. */
class ServicesBootTest {

    @ParameterizedTest
    @EnumSource(RunningServices.Service.class)
    void healthIsUpWithTheDatabaseChecked(RunningServices.Service service) {
        given().baseUri(RunningServices.baseUrl(service))
                .get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @ParameterizedTest
    @EnumSource(RunningServices.Service.class)
    void prometheusMetricsAreExposed(RunningServices.Service service) {
        given().baseUri(RunningServices.baseUrl(service))
                .get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("process_uptime_seconds"));
    }

    @ParameterizedTest
    @EnumSource(RunningServices.Service.class)
    void openApiAndSwaggerUiAreServed(RunningServices.Service service) {
        given().baseUri(RunningServices.baseUrl(service))
                .get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."));
        given().baseUri(RunningServices.baseUrl(service))
                .get("/q/swagger-ui/")
                .then().statusCode(200);
    }
}
