package io.releasetrain.notifier.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcFailure;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.EnvironmentDeploying;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionApproved;
import io.releasetrain.events.release.PromotionAwaitingApproval;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionNothingToPromote;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggerSkipped;
import io.releasetrain.events.release.PromotionTriggered;
import io.releasetrain.events.release.TriggerSkipReason;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The messages, rendered without Slack or Quarkus. */
class TemplatesTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    private final Templates templates = new Templates(
            new LinkBook(Map.of("staging", "https://beta.moolumi.io"), Optional.of("https://ppcs.test/{cloudId}")),
            "production");

    /** One event of every type the notifier announces. */
    static List<ReleaseTrainEvent> samples() {
        return List.of(
                new PromotionScheduled("p-1", "master", "staging", "staging", PromotionTrigger.SCHEDULE, "nightly", null),
                new PromotionOpened("p-1", "staging", "acme/service", 42, "https://github.com/acme/service/pull/42",
                        "abc1234def", "master", "staging"),
                new PromotionChecksPassed("p-1", "staging", "abc1234def"),
                new PromotionChecksFailed("p-1", "staging", "abc1234def", List.of("integration"), "https://ci/7"),
                new PromotionCherryPicked("p-1", "staging", List.of("aaa1111", "bbb2222"), "carol", "fix login"),
                new PromotionMerged("p-1", "staging", "abc1234def", "fed9876cba", "release-train"),
                new PromotionAbandoned("p-1", "staging", "carol", "bad build"),
                new EnvironmentDeployed("staging", "staging", "fed9876cba", "https://ci/8", "p-1",
                        new ReleaseManifest("ppc-rev-1", "3.1.0")),
                new ReleasePromoted("p-1", "staging", "fed9876cba", "verifier", null),
                new RollbackStarted("rb-1", "production", "fed9876", "abc1234", "dave", "errors up"),
                new RollbackFinished("rb-1", "production", "abc1234", true, null),
                new FreezeChanged("production", true, "alice", "quarter end", T),
                new PpcRegistered("c-1", "acme-ppc", "org-acme", PpcKind.SERVICE, "staging", "https://acme"),
                new PpcRetired("c-1", "org-acme", "erin", "customer left"),
                new PpcUpdateStarted("u-1", "c-1", "ppc-rev-1", "r-1", "https://ci/9"),
                new PpcUpdateSucceeded("u-1", "c-1", "ppc-rev-1", "r-1"),
                new PpcUpdateFailed("u-2", "c-2", "ppc-rev-1", null, "health check failed"),
                new RolloutStarted("r-1", "ppc-rev-1", "fed9876cba", 40, 3, "release-train"),
                new RolloutWaveDone("r-1", 0, 2, 0, 1),
                new RolloutHalted("r-1", "failure budget spent", "release-train"),
                new RolloutFinished("r-1", 38, 1, 1),
                new FlagsChanged("ch-1", "c-1", "org-acme", 0, 3, "bob", "upgrade", T, null),
                new MaintenanceWindowBooked("w-1", null, "org-acme", T, T.plusSeconds(3600), "bob", "db upgrade"),
                new MaintenanceWindowCancelled("w-1", "bob", "not needed"),
                new MaintenanceWindowStarted("w-1", T.plusSeconds(3600), List.of("c-1"), List.of()),
                new MaintenanceWindowEnded("w-1"),
                new PromotionAwaitingApproval("p-2", "production", "abc1234def", "https://github.com/acme/service/pull/43"),
                new PromotionApproved("p-2", "production", "abc1234def", "dave", "looks good"),
                new PromotionNothingToPromote("p-3", "staging", "master", "staging", "abc1234def"),
                new EnvironmentDeploying("p-1", "staging", "staging", "fed9876cba", "https://ci/10"),
                new PpcChanged("c-1", "acme-ppc", "org-acme", PpcKind.CUSTOMER, null, null, "eu-west-1", "ppc-rev-1",
                        "FAILED", "stand-up failed", "release-train", "stack create failed"),
                new PpcUpdatesWithheld("staging", "fed9876cba", "the release pins no PPC version", 2),
                new RolloutAwaitingApproval("r-2", "ppc-rev-2", "fed9876cba", 40, 3),
                new RolloutResumed("r-1", "dave", "fixed the canary"),
                new ReleaseCompleted("r-1", "ppc-rev-1", "fed9876cba", 39, 1),
                new PromotionTriggered("nightly", T, "testing", "staging", false),
                new PromotionTriggerSkipped("nightly", T, "staging", TriggerSkipReason.values()[0],
                        "promotion p-1 into staging is CHECKS_FAILED", "p-1", null),
                new PromotionTriggerMissed("tuesday", T, "production", "found 5h after the slot"),
                new PpcAccessTokenRead("c-1", "acme-ppc", "org-acme", "k1", "olga", "configuring the console"));
    }

    @Test
    void everyEventTypeOfTheAnnouncedTopicsHasATemplate() {
        assertThat(templates.missing()).isEmpty();
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> permitted = Templates.TOPICS.stream().flatMap(topic -> Set.of(topic.getPermittedSubclasses()).stream())
                .collect(Collectors.toSet());
        assertThat(sampled).as("a sample of every event type").containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void everySampleRendersToAMessageWithBlocksAndAFallbackText() {
        for (ReleaseTrainEvent event : samples()) {
            Notice notice = templates.render(event, null);
            Content content = Content.of(notice.line(), notice.links());
            assertThat(content.text()).as(event.getClass().getSimpleName()).isNotBlank().doesNotContain("null");
            assertThat(content.blocks().get(0).type()).isEqualTo("section");
        }
    }

    @Test
    void aPromotionsHeadFollowsItsEvents() {
        ThreadHead head = null;
        for (ReleaseTrainEvent event : List.of(samples().get(0), samples().get(1), samples().get(2))) {
            assertThat(templates.thread(event)).contains("promotion/p-1");
            head = templates.render(event, head).head();
        }
        assertThat(head.content().text()).isEqualTo("*staging* ← master `abc1234`: checks passed, merging");
        assertThat(head.links()).extracting(Link::label).containsExactly("staging", "pull request #42");
    }

    @Test
    void aTokenReadSaysWhoReadWhichPpcsTokenAndWhyWithoutAlerting() {
        Notice notice = templates.render(new PpcAccessTokenRead("c-9", "acme-ppc-malta", "org-acme", "k1", "olga",
                "configuring the console"), null);

        assertThat(Content.of(notice.line(), notice.links()).text()).contains("acme-ppc-malta").contains("read by olga")
                .contains("configuring the console");
        assertThat(notice.alert()).isFalse();
    }

    @Test
    void failuresAndHaltsAlertAndOrdinaryProgressDoesNot() {
        assertThat(templates.render(samples().get(3), null).alert()).isTrue();
        assertThat(templates.render(samples().get(19), null).alert()).isTrue();
        assertThat(templates.render(samples().get(19), null).environment()).isEqualTo("production");
        assertThat(templates.render(samples().get(2), null).alert()).isFalse();
    }

    @Test
    void updatesOfARolloutsPpcsReplyInItsThreadAndOthersStandAlone() {
        assertThat(templates.thread(samples().get(14))).contains("rollout/r-1");
        assertThat(templates.render(samples().get(14), ThreadHead.of("rollout", "running")).head()).isNull();
        assertThat(templates.thread(samples().get(16))).isEmpty();
        assertThat(templates.render(samples().get(14), null).links()).extracting(Link::url)
                .containsExactly("https://ci/9", "https://ppcs.test/c-1");
    }

    @Test
    void aHaltNamesTheFailedPpcsAndLinksTheirJobs() {
        Notice notice = templates.render(new RolloutHalted("r-1", "failure budget spent", "release-train", List.of(
                new PpcFailure("c-7", "acme-ppc", "health check failed", "https://ci/11"))), null);

        assertThat(notice.alert()).isTrue();
        assertThat(notice.line()).endsWith("failed: *acme-ppc* (health check failed)");
        assertThat(notice.links()).extracting(Link::url).containsExactly("https://ci/11");
    }

    @Test
    void eventTextNeverBecomesMarkupOrAMention() {
        Notice notice = templates.render(new PromotionAbandoned("p-9", "staging", "<!channel>", "a & b <x>"), null);
        assertThat(notice.line()).contains("&lt;!channel&gt;", "a &amp; b &lt;x&gt;").doesNotContain("<!channel>");
    }

    @Test
    void aFlagChangeNamesThePpcByItsNameAndCloudIdWhenTheEventCarriesTheName() {
        Notice named = templates.render(new FlagsChanged("ch-1", "c-7", "org-acme", 0, 1, "bob", "upgrade", null, null,
                "acme-ppc-03"), null);
        Notice unnamed = templates.render(new FlagsChanged("ch-2", "c-7", "org-acme", 1, 0, "bob", "done", null, null),
                null);

        assertThat(named.line()).startsWith(":construction: PPC *acme-ppc-03* (c-7): maintenance on");
        assertThat(unnamed.line()).startsWith(":construction: PPC *c-7*: maintenance off");
    }

    @Test
    void flagChangesAreSaidInWords() {
        assertThat(MaintenanceTemplates.changes(0, 1)).isEqualTo("maintenance on");
        assertThat(MaintenanceTemplates.changes(3, 1)).isEqualTo("health checks back on");
        assertThat(MaintenanceTemplates.changes(1, 0x80000001L)).isEqualTo("other flags 0x80000000 changed");
    }
}
