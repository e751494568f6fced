package io.releasetrain.maintenance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDocumentedWithASummary() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map) || operation.get("summary") == null) {
                undocumented.add(method + " " + path);
            }
        }));

        assertThat(paths).containsKeys("/clouds/{cloudId}/flags/{flag}", "/orgs/{orgId}/flags/{flag}",
                "/clouds/{cloudId}/admission", "/flag-changes", "/maintenance-windows", "/maintenance-windows/{id}/cancel");
        assertThat(undocumented).isEmpty();
    }
}
