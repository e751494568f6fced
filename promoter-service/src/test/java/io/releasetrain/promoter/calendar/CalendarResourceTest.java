package io.releasetrain.promoter.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** {@code GET /calendar}: each train's schedule, its next slot (and a freeze holding it), its latest slot. */
@QuarkusTest
class CalendarResourceTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void eachTrainShowsItsScheduleAndNextSlotAndAFreezeHoldingThatSlot() {
        // Given the default trains, at the service's time now
        Instant now = TestClock.now();
        Instant nextNightly = new TrainSchedule("0 0 2 * * ?", LOS_ANGELES).nextAfter(now).orElseThrow();
        Instant nextTuesday = new TrainSchedule("0 0 14 ? * TUE", LOS_ANGELES).nextAfter(now).orElseThrow();

        // Then the calendar lists them with their next slots, nothing frozen
        calendar().body("find { it.name == 'nightly' }.cron", equalTo("0 0 2 * * ?"))
                .body("find { it.name == 'nightly' }.zone", equalTo("America/Los_Angeles"))
                .body("find { it.name == 'nightly' }.enabled", equalTo(true))
                .body("find { it.name == 'nightly' }.from", equalTo("testing"))
                .body("find { it.name == 'nightly' }.to", equalTo("staging"))
                .body("find { it.name == 'nightly' }.nextSlot", equalTo(nextNightly.toString()))
                .body("find { it.name == 'nightly' }.frozenAtNext", nullValue())
                .body("find { it.name == 'tuesday' }.to", equalTo("production"))
                .body("find { it.name == 'tuesday' }.nextSlot", equalTo(nextTuesday.toString()));

        // When staging is frozen over the next nightly slot, the calendar says so; ended, it no longer does
        String freeze = given().auth().oauth2(TestTokens.forRoles("carol", Roles.ONCALL_SECONDARY))
                .contentType(ContentType.JSON)
                .body("{\"environments\":[\"staging\"],\"start\":\"" + nextNightly.minusSeconds(600) + "\",\"end\":\""
                        + nextNightly.plusSeconds(600) + "\",\"reason\":\"customer demo\"}")
                .post("/freezes").then().statusCode(201).extract().path("id");
        try {
            calendar().body("find { it.name == 'nightly' }.frozenAtNext", containsString(freeze))
                    .body("find { it.name == 'nightly' }.frozenAtNext", containsString("customer demo"))
                    .body("find { it.name == 'tuesday' }.frozenAtNext", nullValue());
        } finally {
            given().auth().oauth2(TestTokens.forRoles("carol", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                    .body("{\"reason\":\"demo moved\"}").post("/freezes/" + freeze + "/end").then().statusCode(200);
        }
        calendar().body("find { it.name == 'nightly' }.frozenAtNext", nullValue());
    }

    @Test
    void theLatestSlotOfATrainIsShownWithItsOutcomeAndWhy() {
        // Given a slot of the Tuesday train handled just now (off the cron's grid: no real slot is shadowed)
        Instant at = TestClock.now().minusMillis(1).truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarSlot slot = new CalendarSlot();
            slot.id = CalendarSlot.idOf("tuesday", at);
            slot.train = "tuesday";
            slot.slotAt = at;
            slot.sourceEnvironment = "staging";
            slot.targetEnvironment = "production";
            slot.outcome = CalendarSlot.Outcome.STARTED;
            slot.catchUp = true;
            slot.detail = "caught up 12 min after the slot (the service was down at it)";
            slot.promotionId = "prm-calendar-resource-test";
            slot.recordedAt = at;
            slot.updatedAt = at;
            slot.persist();
        });

        // Then the calendar shows it as the train's latest
        calendar().body("find { it.name == 'tuesday' }.lastSlot.outcome", equalTo("STARTED"))
                .body("find { it.name == 'tuesday' }.lastSlot.catchUp", equalTo(true))
                .body("find { it.name == 'tuesday' }.lastSlot.promotionId", equalTo("prm-calendar-resource-test"))
                .body("find { it.name == 'tuesday' }.lastSlot.detail", containsString("caught up"));
    }

    @Test
    void readingTheCalendarNeedsAToken() {
        given().get("/calendar").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse calendar() {
        return given().auth().oauth2(TestTokens.forRoles("reader")).get("/calendar").then().statusCode(200);
    }
}
