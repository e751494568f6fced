package io.releasetrain.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.notifier.Bus;
import io.releasetrain.notifier.FakeSlack;
import io.releasetrain.notifier.Queue;
import io.releasetrain.notifier.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events on the bus become Slack messages in the right channels and threads. */
@QuarkusTest
class DeliveryTest {

    private final FakeSlack slack = new FakeSlack();

    @Inject
    TestClock clock;

    @BeforeEach
    void cleanSlate() {
        Queue.clear();
        slack.healthy();
    }

    @Test
    void eventsAreRoutedByTypeToTheirChannels() {
        String cloudId = "cloud-" + UUID.randomUUID();

        Bus.publish(new FreezeChanged("production", true, "alice", "quarter end", null));
        Bus.publish(new PpcRegistered(cloudId, "acme-ppc", "org-acme", PpcKind.CUSTOMER, null, null));
        Bus.publish(new FlagsChanged("change-1", cloudId, "org-acme", 0, 1, "bob", "upgrade", null, null));

        List<JsonNode> posts = awaitPosts(3);
        assertThat(posts).filteredOn(post -> post.path("channel").asText().equals("#releases"))
                .extracting(post -> post.path("text").asText())
                .singleElement().asString().contains("Promotions into *production* frozen by alice");
        assertThat(posts).filteredOn(post -> post.path("channel").asText().equals("#ops-notifications"))
                .extracting(post -> post.path("text").asText())
                .anySatisfy(text -> assertThat(text).contains("*acme-ppc*", "joined the fleet"))
                .anySatisfy(text -> assertThat(text).contains("maintenance on", "0x0 → 0x1", "by bob: upgrade"));
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.path("blocks").get(0).path("type").asText()).isEqualTo("section");
            assertThat(post.has("thread_ts")).isFalse();
        });
        JsonNode ppc = posts.stream().filter(post -> post.path("text").asText().contains("joined")).findFirst().orElseThrow();
        assertThat(ppc.path("blocks").get(1).toString()).contains("https://ppcs.example.test/" + cloudId);
    }

    @Test
    void aPromotionIsOneThreadWhoseHeadShowsWhereItStands() {
        String promotion = "p-" + UUID.randomUUID();

        Bus.publish(new PromotionScheduled(promotion, "master", "staging", "staging", PromotionTrigger.SCHEDULE,
                "nightly", null));
        Bus.publish(new PromotionOpened(promotion, "staging", "acme/service", 42,
                "https://github.com/acme/service/pull/42", "abc1234def", "master", "staging"));
        Bus.publish(new PromotionChecksPassed(promotion, "staging", "abc1234def"));
        Bus.publish(new PromotionMerged(promotion, "staging", "abc1234def", "fed9876cba", "release-train"));

        List<JsonNode> posts = awaitPosts(4);
        JsonNode head = posts.get(0);
        assertThat(head.path("channel").asText()).isEqualTo("#releases");
        assertThat(head.has("thread_ts")).isFalse();
        assertThat(head.path("text").asText()).contains("*staging* ← master", "scheduled by the release calendar");
        String headTs = Queue.thread("promotion/" + promotion).slackTs;
        assertThat(headTs).isNotBlank();
        assertThat(Queue.thread("promotion/" + promotion).slackChannel).isEqualTo(FakeSlack.RELEASES_ID);
        assertThat(posts.subList(1, 4)).allSatisfy(reply -> {
            assertThat(reply.path("thread_ts").asText()).isEqualTo(headTs);
            assertThat(reply.path("channel").asText()).isEqualTo("#releases");
        });
        assertThat(posts.get(1).toString()).contains("https://github.com/acme/service/pull/42|pull request #42");
        assertThat(posts.get(3).path("text").asText()).contains("Merged by release-train as `fed9876`");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(Queue.inStatus(OutgoingMessage.Status.PENDING)).isEmpty();
        });
        List<JsonNode> updates = slack.updates();
        assertThat(updates).isNotEmpty().allSatisfy(update -> {
            assertThat(update.path("channel").asText()).isEqualTo(FakeSlack.RELEASES_ID);
            assertThat(update.path("ts").asText()).isEqualTo(headTs);
        });
        JsonNode last = updates.get(updates.size() - 1);
        assertThat(last.path("text").asText())
                .isEqualTo("*staging* ← master `abc1234`: merged as `fed9876`, deploying");
        assertThat(last.toString()).contains("pull request #42", "https://beta.moolumi.io");
    }

    @Test
    void failuresMentionTheEnvironmentsOnCall() {
        String promotion = "p-" + UUID.randomUUID();

        Bus.publish(new PromotionChecksFailed(promotion, "staging", "abc1234def", List.of("integration-tests"),
                "https://travis-ci.com/acme/service/builds/7"));

        JsonNode post = awaitPosts(1).get(0);
        assertThat(post.path("text").asText()).startsWith("<!subteam^S0STAGING|oncall-staging> ")
                .contains("checks failed: integration-tests");
        assertThat(post.toString()).contains("https://travis-ci.com/acme/service/builds/7|failed build");
    }

    /** Waits for {@code count} posts, moving the clock on a second at a time for the per-channel rate limit. */
    private List<JsonNode> awaitPosts(int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(slack.posts()).hasSizeGreaterThanOrEqualTo(count);
        });
        return slack.posts();
    }
}
