package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code rt rollout} and {@code rt watch} against the running ppc-updater-service: a customer rollout starts when
 * the promotion engine announces a verified production release, which the test publishes on the real broker.
 */
class RolloutCommandTest {

    private final Cli primary = Cli.signedIn("olive@example.com", "oncall-primary");

    @Test
    void aRolloutWaitsForApprovalAndOnCallSkipsAPpcAbortsItAndWatchesItEnd() {
        // Given a customer PPC and a release promoted to production
        String ppc = customerPpc();
        String id = rolloutOfANewRelease();

        // When on-call looks at it, skips the PPC and aborts the rollout
        Cli.Result status = primary.run("rollout", "status", id);
        Cli.Result skipped = primary.run("rollout", "skip", id, ppc, "--reason", "customer froze changes", "-o", "json");
        Cli.Result aborted = primary.run("rollout", "abort", id, "--reason", "bad release", "-o", "json");

        // Then each answer says where the rollout stands, and watching it ends at once with its outcome
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("rollout " + id + " AWAITING_APPROVAL").contains("wave 1/")
                .contains("rt rollout approve " + id);
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(member(skipped.json(), ppc).path("state").asText()).isEqualTo("SKIPPED");
        assertThat(member(skipped.json(), ppc).path("decidedBy").asText()).isEqualTo("olive@example.com");
        assertThat(aborted.exitCode()).as(aborted.toString()).isZero();
        assertThat(aborted.json().path("state").asText()).isEqualTo("ABORTED");
        Cli.Result watched = primary.run("watch", id);
        assertThat(watched.exitCode()).isEqualTo(1);
        assertThat(watched.out()).contains("rollout " + id + " ABORTED");
        assertThat(watched.err()).contains("ended ABORTED");
        Cli.Result json = primary.run("watch", id, "-o", "json");
        assertThat(json.json().path("rolloutId").asText()).isEqualTo(id);
    }

    @Test
    void approvingStartsTheRolloutAndOnlyPrimaryMayDoIt() {
        customerPpc();
        String id = rolloutOfANewRelease();

        Cli.Result refused = Cli.signedIn("sam@example.com", "oncall-secondary")
                .run("rollout", "approve", id, "--reason", "looks fine");
        Cli.Result approved = primary.run("rollout", "approve", id, "--reason", "production verified", "-o", "json");
        primary.run("rollout", "abort", id, "--reason", "test over");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("oncall-primary or release-admin").contains("sam@example.com");
        assertThat(approved.exitCode()).as(approved.toString()).isZero();
        assertThat(approved.json().path("state").asText()).isNotEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void anEndedRolloutCannotBePausedAndTheRefusalSaysWhy() {
        customerPpc();
        String id = rolloutOfANewRelease();
        primary.run("rollout", "abort", id, "--reason", "bad release");

        Cli.Result paused = primary.run("rollout", "pause", id, "--reason", "too late");
        Cli.Result unknown = primary.run("rollout", "status", "no-such-rollout");

        assertThat(paused.exitCode()).isEqualTo(1);
        assertThat(paused.err()).contains("refused");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("rt rollout list");
    }

    @Test
    void fleetDownIsExitThree() {
        Cli down = Cli.signedIn("olive@example.com", "oncall-primary").withDown(Service.PPC_UPDATER);

        assertThat(down.run("rollout", "list").exitCode()).isEqualTo(3);
        assertThat(down.run("watch", "r-1").exitCode()).isEqualTo(3);
    }

    private static String customerPpc() {
        String name = "acme-ppc-" + UUID.randomUUID().toString().substring(0, 6);
        Cli.Result attached = Cli.signedIn("ada@example.com", "org-admin")
                .run("ppc", "attach", name, "--org", Fleet.newOrg(), "--kind", "customer");
        assertThat(attached.exitCode()).as(attached.toString()).isZero();
        return name;
    }

    /** Publishes a verified production release as promoter-service would and returns the rollout it starts. */
    private String rolloutOfANewRelease() {
        String promotionId = "p-" + UUID.randomUUID();
        ReleasePromoted promoted = new ReleasePromoted(promotionId, "production", "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2",
                "olive@example.com", new ReleaseManifest("ppc-" + promotionId.substring(2, 10), "sdk-3.1.0"));
        EventType type = EventCatalog.of(promoted);
        TestKafka.send(type.topic(), promoted.key(), Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", type.name(), "ce_source", "promoter-service", "ce_subject", promoted.subject(),
                "ce_time", Instant.now().toString()), EventJson.write(promoted));
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Cli.Result list = primary.run("rollout", "list", "-o", "json");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            JsonNode ours = null;
            for (JsonNode rollout : list.json()) {
                if (promotionId.equals(rollout.path("promotionId").asText())) {
                    ours = rollout;
                }
            }
            assertThat(ours).as(list.out()).isNotNull();
            id.set(ours.path("rolloutId").asText());
        });
        return id.get();
    }

    private static JsonNode member(JsonNode rollout, String name) {
        for (JsonNode ppc : rollout.path("ppcs")) {
            if (name.equals(ppc.path("name").asText())) {
                return ppc;
            }
        }
        throw new AssertionError(name + " is not in " + rollout);
    }
}
