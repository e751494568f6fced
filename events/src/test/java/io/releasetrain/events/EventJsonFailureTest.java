package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.scm.BranchPushed;
import org.junit.jupiter.api.Test;

/** Every way a payload can be unreadable ends in an {@link EventFormatException} that says what to fix. */
class EventJsonFailureTest {

    private static final String BRANCH_PUSHED = "io.releasetrain.scm.branch-pushed";

    @Test
    void namesAMissingRequiredText() {
        String json = """
                {"branch":"master","beforeSha":"a1","afterSha":"b2","pusher":"octocat","forced":false}""";

        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining(BRANCH_PUSHED)
                .hasMessageContaining("repository is required");
    }

    @Test
    void namesAMissingRequiredFlag() {
        String json = """
                {"repository":"acme/pulumi-service","branch":"master","beforeSha":"a1","afterSha":"b2","pusher":"octocat"}""";

        assertThatThrownBy(() -> EventJson.read(BranchPushed.class, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining(BRANCH_PUSHED)
                .hasMessageContaining("'forced'");
    }

    @Test
    void namesARequiredFlagThatIsNull() {
        String json = """
                {"repository":"acme/pulumi-service","branch":"master","beforeSha":"a1","afterSha":"b2",
                 "pusher":"octocat","forced":null}""";

        assertThatThrownBy(() -> EventJson.read(BranchPushed.class, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("forced");
    }

    @Test
    void namesAnInvalidFieldOfANestedRecord() {
        String json = EventJson.write(EventSamples.of(CiBuildStarted.class)).replace("\"jobId\":\"530002\"", "\"jobId\":\" \"");

        assertThatThrownBy(() -> EventJson.read(CiBuildStarted.class, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("io.releasetrain.ci.build-started")
                .hasMessageContaining("jobId must not be blank")
                .hasMessageContaining("jobs[1]");
    }

    @Test
    void namesAnEnumValueItDoesNotKnow() {
        String json = EventJson.write(EventSamples.of(CiBuildStarted.class)).replace("\"TRAVIS\"", "\"JENKINS\"");

        assertThatThrownBy(() -> EventJson.read(CiBuildStarted.class, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("JENKINS")
                .hasMessageContaining("provider");
    }

    @Test
    void refusesAFractionWhereACountIsExpected() {
        String json = """
                {"rolloutId":"rol-1","wave":1.5,"succeeded":1,"failed":0,"skipped":0}""";

        assertThatThrownBy(() -> EventJson.read("io.releasetrain.rollout.wave-done", json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("wave");
    }

    @Test
    void refusesAnUnknownTypeName() {
        assertThatThrownBy(() -> EventJson.read("io.releasetrain.promotion.teleported", "{}"))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("io.releasetrain.promotion.teleported")
                .hasMessageContaining("unknown event type");
    }

    @Test
    void refusesMalformedJsonWithoutEchoingThePayload() {
        String secret = "ghp_s3cr3tTokenThatMustNotBeLogged";
        String json = "{\"repository\":\"acme/pulumi-service\",\"token\":\"" + secret + "\",\"branch\":";

        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining(BRANCH_PUSHED)
                .hasMessageNotContaining(secret);
    }

    @Test
    void refusesAnInvalidPayloadWithoutEchoingIt() {
        String secret = "ghp_s3cr3tTokenThatMustNotBeLogged";
        String json = EventJson.write(EventSamples.of(BranchPushed.class))
                .replace("\"repository\":\"acme/pulumi-service\"", "\"repository\":\" \",\"token\":\"" + secret + "\"");

        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, json))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("repository must not be blank")
                .hasMessageNotContaining(secret);
    }

    @Test
    void refusesTrailingGarbage() {
        String json = EventJson.write(EventSamples.of(BranchPushed.class)) + " {}";

        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, json)).isInstanceOf(EventFormatException.class);
    }

    @Test
    void refusesAMissingOrNullPayload() {
        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, (String) null))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("payload is missing");
        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, "null"))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("JSON null");
        assertThatThrownBy(() -> EventJson.read(BRANCH_PUSHED, ""))
                .isInstanceOf(EventFormatException.class);
    }
}
