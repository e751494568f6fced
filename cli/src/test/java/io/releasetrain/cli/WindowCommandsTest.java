package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import org.junit.jupiter.api.Test;

/** {@code rt maintenance book|windows|cancel} against the running maintenance-service. */
class WindowCommandsTest {

    @Test
    void aBookedWindowIsListedAndCanBeCancelled() {
        // Given an operator who books a window for an organisation
        String org = Fleet.newOrg();
        Fleet.attachedPpc(org);
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        Cli.Result booked = operator.run("maintenance", "book", "--org", org, "--from", "1h", "--to", "3h",
                "--reason", "storage upgrade", "-o", "json");
        assertThat(booked.exitCode()).as(booked.toString()).isZero();
        String id = booked.json().path("id").asText();

        // When it is listed and then cancelled
        Cli.Result listed = operator.run("maintenance", "windows", "--org", org);
        Cli.Result cancelled = operator.run("maintenance", "cancel", id, "--reason", "postponed", "-o", "json");

        // Then the list showed it booked, and it is cancelled by the operator
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains(id).contains("BOOKED").contains("storage upgrade");
        assertThat(cancelled.exitCode()).as(cancelled.toString()).isZero();
        JsonNode window = cancelled.json();
        assertThat(window.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(window.path("cancelledBy").asText()).isEqualTo("pat@example.com");
    }

    @Test
    void cancellingTwiceIsRefused() {
        String org = Fleet.newOrg();
        Fleet.attachedPpc(org);
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        String id = operator.run("maintenance", "book", "--org", org, "--from", "1h", "--to", "2h", "--reason", "r",
                "-o", "json").json().path("id").asText();
        operator.run("maintenance", "cancel", id, "--reason", "first");

        Cli.Result again = operator.run("maintenance", "cancel", id, "--reason", "second");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("refused");
    }

    @Test
    void bookingNeedsAMaintenanceRole() {
        Cli.Result refused = Cli.signedIn("reader@example.com")
                .run("maintenance", "book", "--org", "o", "--from", "1h", "--to", "2h", "--reason", "r");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("ppc-operator").contains("reader@example.com with no roles");
    }

    @Test
    void maintenanceServiceDownIsExitThree() {
        Cli.Result down = Cli.signedIn("reader@example.com").withDown(Service.MAINTENANCE)
                .run("maintenance", "windows");

        assertThat(down.exitCode()).isEqualTo(3);
    }
}
