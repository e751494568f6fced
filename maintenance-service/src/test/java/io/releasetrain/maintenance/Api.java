package io.releasetrain.maintenance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The calls tests make most, as the operator unless a token is given. */
public final class Api {

    private Api() {
    }

    /** PUT /clouds/{id}/flags/{flag}. */
    public static ValidatableResponse changeCloud(String cloudId, String flag, boolean set, String reason,
            Instant expiresAt) {
        return given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON)
                .body(body(set, reason, expiresAt))
                .put("/clouds/{id}/flags/{flag}", cloudId, flag)
                .then();
    }

    /** PUT /orgs/{orgId}/flags/{flag}. */
    public static ValidatableResponse changeOrg(String orgId, String flag, boolean set, String reason) {
        return given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON)
                .body(body(set, reason, null))
                .put("/orgs/{orgId}/flags/{flag}", orgId, flag)
                .then();
    }

    /** GET /clouds/{id}/admission, as a caller with no role. */
    public static ValidatableResponse admission(String cloudId) {
        return given().auth().oauth2(Callers.reader()).get("/clouds/{id}/admission", cloudId).then();
    }

    /** GET /clouds/{id}, as a caller with no role. */
    public static ValidatableResponse cloud(String cloudId) {
        return given().auth().oauth2(Callers.reader()).get("/clouds/{id}", cloudId).then();
    }

    /** A flag change request body. */
    public static Map<String, Object> body(boolean set, String reason, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("set", set);
        body.put("reason", reason);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return body;
    }
}
