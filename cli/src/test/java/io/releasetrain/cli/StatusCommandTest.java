package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.releasetrain.cli.http.Service;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code rt status} against the running services. */
class StatusCommandTest {

    @Test
    void statusShowsPpcsInMaintenanceAndBookedWindows() {
        // Given a PPC in maintenance and a window booked for its organisation
        String org = Fleet.newOrg();
        String ppc = Fleet.attachedPpc(org);
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        operator.run("maintenance", "on", ppc, "--reason", "disk upgrade");
        String window = operator.run("maintenance", "book", "--org", org, "--from", "1d", "--to", "25h",
                "--reason", "storage move", "-o", "json").json().path("id").asText();
        Cli reader = Cli.signedIn("reader@example.com");

        // Then status lists both, for people and for scripts
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Cli.Result json = reader.run("status", "-o", "json");
            assertThat(json.exitCode()).as(json.toString()).isZero();
            assertThat(json.json().path("maintenance").findValuesAsText("name")).contains(ppc);
            assertThat(json.json().path("windows").findValuesAsText("id")).contains(window);
            assertThat(json.json().path("rollouts").isArray()).isTrue();
        });
        Cli.Result table = reader.run("status");
        assertThat(table.out()).contains("ROLLOUTS IN PROGRESS").contains("PPCS IN MAINTENANCE").contains(ppc)
                .contains(window).contains("storage move");
    }

    @Test
    void aServiceThatIsDownLeavesTheOtherSectionsAndExitsThree() {
        Cli.Result status = Cli.signedIn("reader@example.com").withDown(Service.MAINTENANCE).run("status");

        assertThat(status.exitCode()).isEqualTo(3);
        assertThat(status.out()).contains("ROLLOUTS IN PROGRESS").contains("(maintenance-service could not be asked)");
        assertThat(status.err()).contains("maintenance-service");
    }

    @Test
    void withoutATokenStatusIsRefused() {
        Cli.Result status = Cli.user("nobody@example.com").run("status");

        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err()).contains("not signed in");
    }
}
