package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import org.junit.jupiter.api.Test;

/** {@code rt freeze add|list|end} and {@code rt rollback} against the running promoter-service. */
class FreezeAndRollbackTest {

    private final Cli secondary = Cli.signedIn("sam@example.com", "oncall-secondary");

    @Test
    void aFreezeIsAddedListedAsActiveAndEnded() {
        // Given secondary on-call freezing production from now for a day
        Cli.Result added = secondary.run("freeze", "add", "production", "--from", "0s", "--to", "1d",
                "--reason", "customer event", "-o", "json");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        String id = added.json().path("id").asText();

        // When the freezes are listed and it is ended
        Cli.Result listed = secondary.run("freeze", "list", "--active");
        Cli.Result ended = secondary.run("freeze", "end", id, "--reason", "event moved", "-o", "json");

        // Then it was in force with who and why, and is ended by the same person
        assertThat(listed.exitCode()).isZero();
        String row = listed.lines().stream().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertThat(row).contains("production").contains("yes").contains("sam@example.com").contains("customer event");
        assertThat(ended.exitCode()).as(ended.toString()).isZero();
        JsonNode freeze = ended.json();
        assertThat(freeze.path("endedBy").asText()).isEqualTo("sam@example.com");
        assertThat(freeze.path("active").asBoolean()).isFalse();
    }

    @Test
    void freezingNeedsOnCallAndADownPromoterIsExitThree() {
        Cli.Result refused = Cli.signedIn("pat@example.com", "ppc-operator")
                .run("freeze", "add", "staging", "--from", "1h", "--to", "2h", "--reason", "r");
        Cli.Result down = Cli.signedIn("sam@example.com", "oncall-secondary").withDown(Service.PROMOTER)
                .run("freeze", "list");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("oncall-primary, oncall-secondary or release-admin");
        assertThat(down.exitCode()).isEqualTo(3);
    }

    @Test
    void rollbackNeedsPrimaryAndSaysWhyWhenThereIsNothingToRollBackTo() {
        Cli.Result refused = secondary.run("rollback", "testing", "--reason", "broken");
        Cli.Result nothing = Cli.signedIn("olive@example.com", "oncall-primary").run("rollback", "testing", "--reason", "broken");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("rollbacks need oncall-primary or release-admin");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).contains("promoter-service refused");
    }
}
