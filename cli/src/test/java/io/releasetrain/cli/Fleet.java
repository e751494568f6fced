package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

/** PPCs put into the fleet through {@code rt ppc attach}, for the tests that need one. */
final class Fleet {

    private Fleet() {
    }

    /** A new organisation id. */
    static String newOrg() {
        return UUID.randomUUID().toString();
    }

    /**
     * Attaches a new service PPC to {@code org} as an org-admin and waits until maintenance-service knows it (it
     * learns of PPCs from the fleet's ppc.registered events); returns its name.
     */
    static String attachedPpc(String org) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "FAKE-PPC-" + suffix; // not <prefix>-ppc-<suffix>: its parts are given
        Cli.Result attached = Cli.signedIn("org-admin@example.com", "org-admin").run("ppc", "attach", name,
                "--prefix", "FAKE", "--suffix", suffix, "--org", org, "--kind", "service", "--environment", "testing");
        assertThat(attached.exitCode()).as(attached.toString()).isZero();
        Cli reader = Cli.signedIn("reader@example.com");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Cli.Result shown = reader.run("ppc", "show", name, "-o", "json");
            assertThat(shown.exitCode()).as(shown.toString()).isZero();
            assertThat(shown.json().path("flags").path("flags").isNumber()).as(shown.toString()).isTrue();
        });
        return name;
    }
}
