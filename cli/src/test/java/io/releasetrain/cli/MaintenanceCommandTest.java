package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code rt maintenance} and {@code rt healthcheck-optout} against the running maintenance-service. */
class MaintenanceCommandTest {

    @Test
    void maintenanceOnAndOffChangesOnlyItsBitAndRecordsWhoAndWhy() {
        // Given a PPC opted out of health checks
        String org = Fleet.newOrg();
        String ppc = Fleet.attachedPpc(org);
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        assertThat(operator.run("healthcheck-optout", "on", ppc, "--reason", "no health endpoint").exitCode()).isZero();

        // When it goes into maintenance for two hours
        Cli.Result on = operator.run("maintenance", "on", ppc, "--reason", "DB migration", "--until", "2h");

        // Then only 0x1 was added, and the hold says who, why and until when
        assertThat(on.exitCode()).as(on.toString()).isZero();
        assertThat(on.out()).contains(ppc).contains("0x2 -> 0x3").contains("pat@example.com");
        JsonNode shown = operator.run("ppc", "show", ppc, "-o", "json").json();
        assertThat(shown.path("flags").path("flags").asLong()).isEqualTo(3);
        JsonNode hold = hold(shown, "maintenance");
        assertThat(hold.path("setBy").asText()).isEqualTo("pat@example.com");
        assertThat(hold.path("reason").asText()).isEqualTo("DB migration");
        assertThat(Instant.parse(hold.path("expiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));

        // When it comes out again, the opt-out stays
        Cli.Result off = operator.run("maintenance", "off", ppc, "--reason", "migration done", "-o", "json");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        JsonNode changed = off.json().path("changed").get(0);
        assertThat(changed.path("flagsBefore").asLong()).isEqualTo(3);
        assertThat(changed.path("flagsAfter").asLong()).isEqualTo(2);
    }

    @Test
    void settingAFlagThatIsAlreadySetSaysWhoHoldsIt() {
        String ppc = Fleet.attachedPpc(Fleet.newOrg());
        Cli primary = Cli.signedIn("olive@example.com", "oncall-primary");
        primary.run("maintenance", "on", ppc, "--reason", "first");

        Cli.Result again = Cli.signedIn("sam@example.com", "oncall-secondary")
                .run("maintenance", "on", ppc, "--reason", "second");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already set").contains("olive@example.com");
    }

    @Test
    void anOrganisationGoesIntoMaintenanceInOneCommand() {
        String org = Fleet.newOrg();
        String first = Fleet.attachedPpc(org);
        String second = Fleet.attachedPpc(org);

        Cli.Result on = Cli.signedIn("olive@example.com", "oncall-primary")
                .run("maintenance", "on", "--org", org, "--reason", "customer asked", "-o", "json");

        assertThat(on.exitCode()).as(on.toString()).isZero();
        assertThat(on.json().path("changed").findValuesAsText("name")).containsExactlyInAnyOrder(first, second);
        assertThat(on.json().path("changed").findValues("flagsAfter")).allMatch(f -> f.asLong() == 1);
    }

    @Test
    void aCallerWithoutAMaintenanceRoleIsRefusedAndToldWhoMay() {
        String ppc = Fleet.attachedPpc(Fleet.newOrg());

        Cli.Result refused = Cli.signedIn("org-admin@example.com", "org-admin")
                .run("maintenance", "on", ppc, "--reason", "try");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("oncall-primary, oncall-secondary or ppc-operator")
                .contains("org-admin@example.com with roles org-admin").contains("rt login --dev");
    }

    @Test
    void anUnknownPpcIsRefusedWithWhereToLook() {
        Cli.Result refused = Cli.signedIn("olive@example.com", "oncall-primary")
                .run("maintenance", "on", "NO-SUCH-PPC", "--reason", "try");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("NO-SUCH-PPC").contains("rt ppc list");
    }

    @Test
    void maintenanceServiceDownIsExitThree() {
        Cli.Result down = Cli.signedIn("olive@example.com", "oncall-primary").withDown(Service.MAINTENANCE)
                .run("maintenance", "on", "--org", "feacc792", "--reason", "try");

        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(down.err()).contains("maintenance-service").contains("could not be reached")
                .contains("RT_MAINTENANCE_URL");
    }

    @Test
    void neitherPpcNorOrgIsAUsageError() {
        Cli.Result usage = Cli.offline().run("maintenance", "on", "--reason", "x");
        Cli.Result badUntil = Cli.offline().run("maintenance", "on", "P", "--reason", "x", "--until", "soon");
        Cli.Result noReason = Cli.offline().run("maintenance", "off", "P");

        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Give a PPC (name or cloud id) or --org ORG");
        assertThat(badUntil.exitCode()).isEqualTo(2);
        assertThat(badUntil.err()).contains("90m, 2h, 1d");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
    }

    private static JsonNode hold(JsonNode shown, String flag) {
        for (JsonNode hold : shown.path("flags").path("holds")) {
            if (flag.equals(hold.path("flag").asText())) {
                return hold;
            }
        }
        throw new AssertionError("No hold on " + flag + " in " + shown);
    }
}
