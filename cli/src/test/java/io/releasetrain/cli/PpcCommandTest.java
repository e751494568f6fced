package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code rt ppc} against the running ppc-updater-service (registry) and maintenance-service (flags). */
class PpcCommandTest {

    @Test
    void anOrgAdminAttachesAPpcAndEveryoneSeesItInTheFleet() {
        // Given an org-admin
        String org = Fleet.newOrg();
        String name = "learningmachine-ppc-" + UUID.randomUUID().toString().substring(0, 6);
        Cli admin = Cli.signedIn("ada@example.com", "org-admin");

        // When they attach a stood-up customer PPC
        Cli.Result attached = admin.run("ppc", "attach", name, "--org", org, "--kind", "customer",
                "--endpoint", "https://xxxx.execute-api.eu-west-1.amazonaws.com/stage/", "-o", "json");

        // Then the registry has it, and the fleet list shows it to a reader, aligned
        assertThat(attached.exitCode()).as(attached.toString()).isZero();
        JsonNode ppc = attached.json();
        assertThat(ppc.path("name").asText()).isEqualTo(name);
        assertThat(ppc.path("registeredBy").asText()).isEqualTo("ada@example.com");
        Cli.Result list = Cli.signedIn("reader@example.com").run("ppc", "list", "--org", org);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        List<String> lines = list.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("NAME").contains("CLOUD ID");
        assertThat(lines.get(1)).startsWith(name).contains(ppc.path("cloudId").asText()).contains("CUSTOMER");
        assertThat(lines.get(1).indexOf(ppc.path("cloudId").asText())).isEqualTo(lines.get(0).indexOf("CLOUD ID"));
    }

    @Test
    void listAsJsonCarriesEachPpcsFlags() {
        String org = Fleet.newOrg();
        String name = Fleet.attachedPpc(org);
        Cli.signedIn("pat@example.com", "ppc-operator").run("maintenance", "on", name, "--reason", "upgrade");

        Cli.Result list = Cli.signedIn("reader@example.com").run("ppc", "list", "--org", org, "-o", "json");

        assertThat(list.exitCode()).isZero();
        JsonNode only = list.json().get(0);
        assertThat(only.path("name").asText()).isEqualTo(name);
        assertThat(only.path("flags").path("maintenance").asBoolean()).isTrue();
        assertThat(list.json().get(0).path("flags").path("setFlags").get(0).asText()).isEqualTo("maintenance");
    }

    @Test
    void attachingNeedsOrgAdmin() {
        Cli.Result refused = Cli.signedIn("pat@example.com", "ppc-operator")
                .run("ppc", "attach", "P-" + UUID.randomUUID(), "--org", "o", "--kind", "customer");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("needs org-admin").contains("pat@example.com with roles ppc-operator");
    }

    @Test
    void attachingTwiceIsRefusedWithTheReason() {
        String name = Fleet.attachedPpc(Fleet.newOrg());

        Cli.Result again = Cli.signedIn("ada@example.com", "org-admin")
                .run("ppc", "attach", name, "--org", "o", "--kind", "customer");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already registered");
    }

    @Test
    void aServicePpcWithoutEnvironmentIsRefusedNamingTheField() {
        Cli.Result refused = Cli.signedIn("ada@example.com", "org-admin")
                .run("ppc", "attach", "P-" + UUID.randomUUID(), "--org", "o", "--kind", "service");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("environment").contains("--help");
    }

    @Test
    void notSignedInIsRefusedWithHowToSignIn() {
        Cli.Result refused = Cli.user("nobody@example.com").run("ppc", "list");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not signed in").contains("rt login");
    }

    @Test
    void registryDownIsExitThree() {
        Cli.Result down = Cli.signedIn("reader@example.com").withDown(Service.PPC_UPDATER).run("ppc", "list");

        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(down.err()).contains("ppc-updater-service").contains("RT_PPC_UPDATER_URL");
    }
}
