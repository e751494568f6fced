package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code rt audit} against the running maintenance-service's audit trail. */
class AuditCommandTest {

    @Test
    void theTrailShowsEveryChangeNewestFirstWithWhoAndWhy() {
        // Given a PPC put into maintenance and taken out again
        String ppc = Fleet.attachedPpc(Fleet.newOrg());
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        operator.run("maintenance", "on", ppc, "--reason", "disk full");
        operator.run("maintenance", "off", ppc, "--reason", "disk cleaned");

        // When anyone reads its trail
        Cli.Result trail = Cli.signedIn("reader@example.com").run("audit", ppc, "--since", "1h", "-o", "json");

        // Then both changes are there, newest first
        assertThat(trail.exitCode()).as(trail.toString()).isZero();
        JsonNode entries = trail.json();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("action").asText()).isEqualTo("CLEAR");
        assertThat(entries.get(0).path("reason").asText()).isEqualTo("disk cleaned");
        assertThat(entries.get(1).path("action").asText()).isEqualTo("SET");
        assertThat(entries.get(1).path("actor").asText()).isEqualTo("pat@example.com");
        Cli.Result table = Cli.signedIn("reader@example.com").run("audit", ppc, "--limit", "1");
        assertThat(table.lines()).hasSize(2);
        assertThat(table.lines().get(1)).contains("CLEAR").contains("0x1 -> 0x0").contains("disk cleaned");
    }

    @Test
    void sinceLeavesOutOlderChanges() {
        String org = Fleet.newOrg();
        String ppc = Fleet.attachedPpc(org);
        Cli.signedIn("pat@example.com", "ppc-operator").run("maintenance", "on", ppc, "--reason", "earlier");

        Cli.Result later = Cli.signedIn("reader@example.com")
                .run("audit", "--org", org, "--since", Instant.now().plusSeconds(60).toString(), "-o", "json");

        assertThat(later.exitCode()).isZero();
        assertThat(later.json()).isEmpty();
    }

    @Test
    void maintenanceServiceDownIsExitThree() {
        Cli.Result down = Cli.signedIn("reader@example.com").withDown(Service.MAINTENANCE).run("audit", "--org", "o");

        assertThat(down.exitCode()).isEqualTo(3);
    }

    @Test
    void withoutATokenTheTrailIsRefused() {
        Cli.Result refused = Cli.user("nobody@example.com").run("audit", "--org", "o");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("rt login");
    }
}
