package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import java.time.Duration;
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
    void listAsJsonCarriesEachPpcsFlagsAndFiltersOnMaintenance() {
        // Given a PPC put into maintenance
        String org = Fleet.newOrg();
        String name = Fleet.attachedPpc(org);
        Fleet.attachedPpc(org);
        Cli.signedIn("pat@example.com", "ppc-operator").run("maintenance", "on", name, "--reason", "upgrade");
        Cli reader = Cli.signedIn("reader@example.com");

        // Then the fleet registry lists it as in maintenance (its copy of the flags follows maintenance-events)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Cli.Result list = reader.run("ppc", "list", "--org", org, "--maintenance", "-o", "json");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(list.json()).hasSize(1);
            assertThat(list.json().get(0).path("name").asText()).isEqualTo(name);
            assertThat(list.json().get(0).path("flags").asLong()).isEqualTo(1);
        });
        Cli.Result table = reader.run("ppc", "list", "--org", org, "--maintenance");
        assertThat(table.lines().get(1)).contains(name).contains("0x1 maintenance").contains("ATTACHED");
    }

    @Test
    void configSetChangesOnlyTheNamedKeysAndKeepsSecretsAsReferences() {
        // Given a PPC with a first configuration
        String name = Fleet.attachedPpc(Fleet.newOrg());
        Cli operator = Cli.signedIn("pat@example.com", "ppc-operator");
        Cli.Result first = operator.run("ppc", "config", "set", name, "region=eu-west-1", "debug=true",
                "--secret", "API_TOKEN=PPC_MALTA_API_TOKEN", "--reason", "stand-up");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        // When one key changes and another is removed
        Cli.Result second = operator.run("ppc", "config", "set", name, "region=eu-central-1", "--unset", "debug",
                "--reason", "move region", "-o", "json");

        // Then the new version holds the rest unchanged, and both versions are listed
        assertThat(second.exitCode()).as(second.toString()).isZero();
        JsonNode config = second.json();
        assertThat(config.path("values").path("region").asText()).isEqualTo("eu-central-1");
        assertThat(config.path("values").has("debug")).isFalse();
        assertThat(config.path("secretRefs").path("API_TOKEN").asText()).isEqualTo("PPC_MALTA_API_TOKEN");
        assertThat(config.path("changedBy").asText()).isEqualTo("pat@example.com");
        Cli.Result versions = operator.run("ppc", "config", "get", name, "--versions");
        assertThat(versions.lines()).hasSize(3);
        assertThat(versions.lines().get(1)).contains("move region");
        Cli.Result current = Cli.signedIn("reader@example.com").run("ppc", "config", "get", name);
        assertThat(current.out()).contains("API_TOKEN").contains("secret reference").doesNotContain("debug");
    }

    @Test
    void configNeedsARoleAndAPpcWithoutConfigSaysHowToStart() {
        String name = Fleet.attachedPpc(Fleet.newOrg());

        Cli.Result refused = Cli.signedIn("reader@example.com").run("ppc", "config", "set", name, "a=b", "--reason", "r");
        Cli.Result none = Cli.signedIn("reader@example.com").run("ppc", "config", "get", name);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("org-admin, ppc-operator or release-admin");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("rt ppc config set " + name);
    }

    @Test
    void changeUpdatesTheRegistryEntry() {
        String name = Fleet.attachedPpc(Fleet.newOrg());

        Cli.Result changed = Cli.signedIn("pat@example.com", "ppc-operator").run("ppc", "change", name,
                "--endpoint", "https://ppc.example.com/stage/", "--region", "eu-west-1", "--reason", "new stage", "-o", "json");

        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        assertThat(changed.json().path("endpoint").asText()).isEqualTo("https://ppc.example.com/stage/");
        assertThat(changed.json().path("region").asText()).isEqualTo("eu-west-1");
        assertThat(changed.json().path("updatedBy").asText()).isEqualTo("pat@example.com");
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
    void aNameTheUpdateJobsCannotTakeApartIsRefusedUntilItsPartsAreGiven() {
        Cli admin = Cli.signedIn("ada@example.com", "org-admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Cli.Result refused = admin.run("ppc", "attach", "FAKE-PPC-" + suffix, "--org", Fleet.newOrg(), "--kind", "customer");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("does not have the form <prefix>-ppc-<suffix>").contains("--help");

        Cli.Result attached = admin.run("ppc", "attach", "FAKE-PPC-" + suffix, "--prefix", "FAKE", "--suffix", suffix,
                "--org", Fleet.newOrg(), "--kind", "customer", "-o", "json");
        assertThat(attached.exitCode()).as(attached.toString()).isZero();
        assertThat(attached.json().path("namePrefix").asText()).isEqualTo("FAKE");
        assertThat(attached.json().path("nameSuffix").asText()).isEqualTo(suffix);
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
