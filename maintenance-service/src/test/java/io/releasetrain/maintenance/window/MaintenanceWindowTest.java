package io.releasetrain.maintenance.window;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.releasetrain.maintenance.flags.ChangeCommand;
import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.testsupport.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Windows start and end through the sweep (every second in tests); starts in the past start at the next sweep. */
@QuarkusTest
class MaintenanceWindowTest {

    @Inject
    TestFleet fleet;

    @Test
    void aWindowPutsItsPpcsIntoMaintenanceAndTakesOutOnlyThoseItHolds() {
        String org = TestFleet.newOrg();
        String optedOut = fleet.add(org, CloudFlags.HEALTH_CHECK_OPT_OUT);
        String manual = fleet.add(org, 0);
        Api.changeCloud(manual, "maintenance", true, "open-ended manual maintenance", null).statusCode(200);
        Instant end = Instant.now().plusSeconds(6);

        ExtractableResponse<Response> booked = book(orgWindow(org, Instant.now().minusSeconds(1), end,
                "network switch swap")).statusCode(201).body("status", equalTo("BOOKED")).extract();
        String windowId = booked.jsonPath().getString("id");
        assertThat(booked.header("Location")).endsWith("/maintenance-windows/" + windowId);

        JsonPath active = awaitStatus(windowId, "ACTIVE");
        assertThat(outcomes(active)).containsExactlyInAnyOrderEntriesOf(Map.of(optedOut, "ENTERED", manual, "ALREADY_ON"));
        assertThat(fleet.flagsOf(optedOut)).isEqualTo(0x3);
        Api.admission(optedOut).statusCode(503).body("windowId", equalTo(windowId));

        awaitStatus(windowId, "ENDED");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(fleet.flagsOf(optedOut)).isEqualTo(CloudFlags.HEALTH_CHECK_OPT_OUT));
        assertThat(Instant.now()).isAfter(end);
        assertThat(fleet.flagsOf(manual)).as("maintenance the window did not set").isEqualTo(CloudFlags.MAINTENANCE);
        assertThat(windowEvents(optedOut)).extracting(FlagsChanged::windowId, FlagsChanged::flagsBefore,
                        FlagsChanged::flagsAfter, FlagsChanged::actor)
                .containsExactly(
                        tuple(windowId, 2L, 3L, ChangeCommand.SYSTEM_ACTOR),
                        tuple(windowId, 3L, 2L, ChangeCommand.SYSTEM_ACTOR));
        MaintenanceWindowStarted started = windowEvent(windowId, MaintenanceWindowStarted.class);
        assertThat(started.entered()).containsExactly(optedOut);
        assertThat(started.alreadyInMaintenance()).containsExactly(manual);
        assertThat(windowEvent(windowId, MaintenanceWindowEnded.class).windowId()).isEqualTo(windowId);
        given().auth().oauth2(Callers.reader()).queryParam("cloudId", optedOut).get("/flag-changes")
                .then().statusCode(200)
                .body("windowId", contains(windowId, windowId))
                .body("reason[0]", startsWith("Maintenance window " + windowId + " ended: "))
                .body("reason[1]", startsWith("Maintenance window " + windowId + " booked by " + Callers.OPERATOR));
    }

    @Test
    void aWindowTakesOverMaintenanceThatWouldEndBeforeItAndHandsItBackWhenCancelled() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant manualEnd = Horizon.ceilToSecond(Instant.now().plus(Duration.ofHours(1)));
        Instant windowEnd = Horizon.ceilToSecond(Instant.now().plus(Duration.ofHours(2)));
        Api.changeCloud(cloudId, "maintenance", true, "manual, one hour", manualEnd).statusCode(200);
        String windowId = book(cloudWindow(cloudId, Instant.now().minusSeconds(1), windowEnd, "two-hour upgrade"))
                .statusCode(201).extract().jsonPath().getString("id");

        assertThat(outcomes(awaitStatus(windowId, "ACTIVE"))).containsExactlyEntriesOf(Map.of(cloudId, "EXTENDED"));
        Api.cloud(cloudId)
                .body("holds[0].windowId", equalTo(windowId))
                .body("holds[0].expiresAt", equalTo(windowEnd.toString()))
                .body("holds[0].reason", equalTo("manual, one hour"));

        cancel(windowId, "upgrade called off").statusCode(200);

        assertThat(fleet.flagsOf(cloudId)).isEqualTo(CloudFlags.MAINTENANCE);
        Api.cloud(cloudId)
                .body("holds[0].windowId", nullValue())
                .body("holds[0].expiresAt", equalTo(manualEnd.toString()));
    }

    @Test
    void bookingIsAnnouncedAndCancellingABookedWindowIsToo() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant start = Instant.now().plus(Duration.ofHours(1));
        String windowId = book(cloudWindow(cloudId, start, start.plus(Duration.ofHours(2)), "planned upgrade"))
                .statusCode(201).extract().jsonPath().getString("id");

        cancel(windowId, "upgrade postponed")
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo(Callers.OPERATOR))
                .body("cancelReason", equalTo("upgrade postponed"));
        cancel(windowId, "again")
                .statusCode(409)
                .body("message", equalTo("Maintenance window " + windowId
                        + " is CANCELLED; only BOOKED or ACTIVE windows can be cancelled"));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.matching(Topics.MAINTENANCE_EVENTS, r -> windowId.equals(r.key())),
                        list -> list.size() >= 2);
        assertThat(EventJson.read(MaintenanceWindowBooked.class, records.get(0).value()))
                .isEqualTo(new MaintenanceWindowBooked(windowId, cloudId, null, Horizon.ceilToSecond(start),
                        Horizon.ceilToSecond(start.plus(Duration.ofHours(2))), Callers.OPERATOR, "planned upgrade"));
        assertThat(EventJson.read(MaintenanceWindowCancelled.class, records.get(1).value()))
                .isEqualTo(new MaintenanceWindowCancelled(windowId, Callers.OPERATOR, "upgrade postponed"));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @Test
    void cancellingAnActiveWindowTakesItsPpcsOutOfMaintenanceNow() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0x4);
        String windowId = book(cloudWindow(cloudId, Instant.now().minusSeconds(1),
                Instant.now().plus(Duration.ofHours(1)), "emergency fix")).statusCode(201)
                .extract().jsonPath().getString("id");
        awaitStatus(windowId, "ACTIVE");
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x5);

        cancel(windowId, "fix deployed early").statusCode(200).body("status", equalTo("CANCELLED"));

        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x4);
        given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).queryParam("limit", 1)
                .get("/flag-changes").then().statusCode(200)
                .body("[0].action", equalTo("CLEAR"))
                .body("[0].actor", equalTo(Callers.OPERATOR))
                .body("[0].windowId", equalTo(windowId))
                .body("[0].reason", equalTo("Maintenance window " + windowId + " cancelled: fix deployed early"));
    }

    @Test
    void aBookingNeedsOneTargetAnEndAfterItsStartInTheFutureAndAReason() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant start = Instant.now().plus(Duration.ofHours(1));

        Map<String, Object> both = cloudWindow(cloudId, start, start.plusSeconds(60), "why");
        both.put("orgId", "org-x");
        invalid(both, "cloudId, orgId: give exactly one of them");
        Map<String, Object> neither = cloudWindow(cloudId, start, start.plusSeconds(60), "why");
        neither.remove("cloudId");
        invalid(neither, "cloudId, orgId: give exactly one of them");
        invalid(cloudWindow(cloudId, start, start, "why"), "endsAt: must be after startsAt");
        invalid(cloudWindow(cloudId, start.minusSeconds(7200), Instant.now().minusSeconds(1), "why"),
                "endsAt: must be in the future");
        invalid(cloudWindow(cloudId, start, start.plusSeconds(60), " "), "reason: must not be blank");
        Map<String, Object> noStart = cloudWindow(cloudId, start, start.plusSeconds(60), "why");
        noStart.remove("startsAt");
        invalid(noStart, "startsAt: must not be null");
    }

    @Test
    void aBookingForAnUnknownPpcOrAnEmptyOrgIsA404() {
        Instant start = Instant.now().plus(Duration.ofHours(1));

        book(cloudWindow("no-such-cloud", start, start.plusSeconds(60), "why"))
                .statusCode(404).body("message", equalTo("No PPC with cloud id 'no-such-cloud'"));
        book(orgWindow("org-nobody", start, start.plusSeconds(60), "why"))
                .statusCode(404).body("message", equalTo("No PPC in the fleet belongs to organisation 'org-nobody'"));
    }

    @Test
    void aPpcsWindowsIncludeItsOrganisations() {
        String org = TestFleet.newOrg();
        String cloudId = fleet.add(org, 0);
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String own = book(cloudWindow(cloudId, start, start.plusSeconds(60), "own")).statusCode(201)
                .extract().jsonPath().getString("id");
        String orgs = book(orgWindow(org, start.plusSeconds(3600), start.plusSeconds(7200), "org's")).statusCode(201)
                .extract().jsonPath().getString("id");

        given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).get("/maintenance-windows")
                .then().statusCode(200).body("id", contains(orgs, own));
        given().auth().oauth2(Callers.reader()).queryParam("orgId", org).queryParam("status", "booked")
                .get("/maintenance-windows").then().statusCode(200).body("id", contains(orgs));
        given().auth().oauth2(Callers.reader()).queryParam("status", "soon").get("/maintenance-windows")
                .then().statusCode(400).body("details[0]", startsWith("status: must be one of"));
        given().auth().oauth2(Callers.reader()).get("/maintenance-windows/{id}", "no-such-window")
                .then().statusCode(404);
    }

    @Test
    void bookingAndCancellingNeedAMaintenanceRole() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant start = Instant.now().plus(Duration.ofHours(1));
        Map<String, Object> request = cloudWindow(cloudId, start, start.plusSeconds(60), "why");

        given().auth().oauth2(Callers.reader()).contentType(ContentType.JSON).body(request)
                .post("/maintenance-windows").then().statusCode(403);
        given().contentType(ContentType.JSON).body(request).post("/maintenance-windows").then().statusCode(401);
        String windowId = book(request).statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(Callers.orgAdmin()).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .post("/maintenance-windows/{id}/cancel", windowId).then().statusCode(403);
        given().auth().oauth2(Callers.reader()).get("/maintenance-windows")
                .then().statusCode(200).body("id", hasItem(windowId)).body("status", not(hasItem("CANCELLED")));
    }

    private static JsonPath awaitStatus(String windowId, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> given().auth().oauth2(Callers.reader()).get("/maintenance-windows/{id}", windowId)
                        .then().statusCode(200).extract().jsonPath(),
                json -> status.equals(json.getString("status")));
    }

    private static Map<String, String> outcomes(JsonPath window) {
        Map<String, String> outcomes = new HashMap<>();
        List<Map<String, String>> clouds = window.getList("clouds");
        clouds.forEach(c -> outcomes.put(c.get("cloudId"), c.get("outcome")));
        return outcomes;
    }

    /** The one event of {@code type} the window published, keyed by its id. */
    private static <E extends io.releasetrain.events.ReleaseTrainEvent> E windowEvent(String windowId, Class<E> type) {
        String typeName = io.releasetrain.events.EventCatalog.of(type).name();
        List<ConsumerRecord<String, String>> found = await().atMost(Duration.ofSeconds(20)).until(
                () -> TestKafka.matching(Topics.MAINTENANCE_EVENTS, r -> windowId.equals(r.key())
                        && typeName.equals(TestKafka.header(r, "ce_type"))), list -> !list.isEmpty());
        assertThat(found).hasSize(1);
        return EventJson.read(type, found.get(0).value());
    }

    private static List<FlagsChanged> windowEvents(String cloudId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.matching(Topics.MAINTENANCE_EVENTS, r -> cloudId.equals(r.key())),
                        list -> list.size() >= 2)
                .stream().map(r -> EventJson.read(FlagsChanged.class, r.value())).toList();
    }

    private static ValidatableResponse book(Map<String, Object> request) {
        return given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON).body(request)
                .post("/maintenance-windows").then();
    }

    private static ValidatableResponse cancel(String windowId, String reason) {
        return given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/maintenance-windows/{id}/cancel", windowId).then();
    }

    private static void invalid(Map<String, Object> request, String detail) {
        book(request).statusCode(400).body("details", hasItem(startsWith(detail)));
    }

    private static Map<String, Object> cloudWindow(String cloudId, Instant start, Instant end, String reason) {
        Map<String, Object> request = new HashMap<>();
        request.put("cloudId", cloudId);
        request.put("startsAt", start.toString());
        request.put("endsAt", end.toString());
        request.put("reason", reason);
        return request;
    }

    private static Map<String, Object> orgWindow(String orgId, Instant start, Instant end, String reason) {
        Map<String, Object> request = cloudWindow("unused", start, end, reason);
        request.remove("cloudId");
        request.put("orgId", orgId);
        return request;
    }
}
