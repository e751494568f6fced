package io.releasetrain.notifier.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.notifier.Bus;
import io.releasetrain.notifier.FakeSlack;
import io.releasetrain.notifier.Queue;
import io.releasetrain.notifier.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One message a second per channel, in order, and never the same message twice. */
@QuarkusTest
class OrderAndDuplicatesTest {

    private static final String POST = "/chat.postMessage";

    private final FakeSlack slack = new FakeSlack();

    @Inject
    TestClock clock;

    @Inject
    SlackSender sender;

    @BeforeEach
    void cleanSlate() {
        Queue.clear();
        slack.healthy();
    }

    @Test
    void aChannelGetsAtMostOneMessageASecondWhileOtherChannelsGoOn() {
        Bus.publish(freeze("one"));
        Bus.publish(freeze("two"));
        Bus.publish(freeze("three"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Queue.messages().size() == 3 && slack.count(POST) == 1);

        Bus.publish(new PpcRegistered("cloud-" + UUID.randomUUID(), "acme-ppc", "org-acme", PpcKind.CUSTOMER, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> slack.count(POST) == 2);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> slack.count(POST) == 2);
        clock.advance(Duration.ofMillis(999));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> slack.count(POST) == 2);
        clock.advance(Duration.ofMillis(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.count(POST) == 3);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.count(POST) == 4);

        assertThat(slack.posts()).extracting(post -> post.path("channel").asText() + " " + post.path("text").asText())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("#releases").endsWith(": one"),
                        ops -> assertThat(ops).startsWith("#ops-notifications").contains("acme-ppc"),
                        second -> assertThat(second).endsWith(": two"),
                        third -> assertThat(third).endsWith(": three"));
        List<Long> sentAt = Queue.messages().stream().filter(m -> m.channel.equals("#releases"))
                .map(m -> m.sentAt.toEpochMilli()).toList();
        assertThat(sentAt.get(1) - sentAt.get(0)).isGreaterThanOrEqualTo(1000);
        assertThat(sentAt.get(2) - sentAt.get(1)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void aMessageWhoseAnswerWasLostIsLookedForAndNotPostedAgain() {
        String warmUp = Bus.publish(freeze("warm-up"));
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(warmUp));
        clock.advance(Duration.ofSeconds(2));
        slack.stub(post(urlPathEqualTo(POST)).withRequestBody(containing("lost answer"))
                .willReturn(FakeSlack.posted(FakeSlack.RELEASES_ID).withFixedDelay(6_000)));

        String event = Bus.publish(freeze("lost answer"));

        await().atMost(Duration.ofSeconds(30)).until(() -> slack.postedTexts().stream()
                .anyMatch(text -> text.endsWith("lost answer")));
        // While Slack holds the answer back, the attempt is on record: what a crash now would leave behind.
        OutgoingMessage inFlight = Queue.ofEvent(event).get(0);
        assertThat(inFlight.status).isEqualTo(OutgoingMessage.Status.PENDING);
        assertThat(inFlight.inDoubtMs).isNotNull();
        await().atMost(Duration.ofSeconds(15)).until(() -> Queue.ofEvent(event).get(0).attempts == 1);
        assertThat(Queue.ofEvent(event).get(0).lastError).contains("timeout");
        historyHolds(slack.posts().get(1), "lost answer");

        clock.advance(Duration.ofSeconds(3));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(Queue.ofEvent(event).get(0))
                .satisfies(message -> {
                    assertThat(message.status).isEqualTo(OutgoingMessage.Status.SENT);
                    assertThat(message.slackTs).isEqualTo("1700000000.000100");
                }));
        assertThat(slack.postedTexts()).filteredOn(text -> text.endsWith("lost answer")).hasSize(1);
        assertThat(slack.count("/conversations.history")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theFirstMessageToAChannelNamedByNameWhoseAnswerWasLostIsNotPostedAgain() {
        // Given #releases, configured by name, has had no message yet (Slack never told its id), and Slack's
        // answer to the first post comes too late; a second post would be answered at once
        slack.stub(post(urlPathEqualTo(POST)).withRequestBody(containing("first words"))
                .inScenario("first answer lost").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(FakeSlack.posted(FakeSlack.RELEASES_ID).withFixedDelay(6_000)));
        String event = Bus.publish(freeze("first words"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !Queue.ofEvent(event).isEmpty()
                && Queue.ofEvent(event).get(0).attempts == 1);
        historyHolds(slack.posts().get(0), "first words");

        // When its retry is due
        clock.advance(Duration.ofSeconds(3));

        // Then the channel's id is looked up by name, the message found in the history, and not posted again
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(Queue.ofEvent(event).get(0))
                .satisfies(message -> {
                    assertThat(message.status).isEqualTo(OutgoingMessage.Status.SENT);
                    assertThat(message.slackTs).isEqualTo("1700000000.000100");
                }));
        assertThat(slack.postedTexts()).filteredOn(text -> text.endsWith("first words")).hasSize(1);
        assertThat(slack.count("/conversations.list")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void severalSendersOnOneChannelPostEachMessageOnceInOrder() {
        List<String> reasons = IntStream.rangeClosed(1, 6).mapToObj(i -> "message " + i).toList();
        reasons.forEach(reason -> Bus.publish(freeze(reason)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Queue.messages().size() == 6);

        // The service's own sender and four more, as other instances would be, all on #releases at once.
        for (int round = 0; round < 40 && Queue.inStatus(OutgoingMessage.Status.SENT).size() < 6; round++) {
            clock.advance(Duration.ofSeconds(1));
            List<CompletableFuture<Step>> turns = new ArrayList<>();
            for (int instance = 0; instance < 4; instance++) {
                turns.add(CompletableFuture.supplyAsync(() -> sender.sendNext("#releases")));
            }
            turns.forEach(CompletableFuture::join);
        }

        assertThat(Queue.inStatus(OutgoingMessage.Status.SENT)).hasSize(6);
        assertThat(slack.postedTexts()).hasSize(6)
                .zipSatisfy(reasons, (text, reason) -> assertThat(text).endsWith(": " + reason));
    }

    /** From now on #releases' history holds the message Slack received as {@code post}, under another ts. */
    private void historyHolds(JsonNode post, String text) {
        String key = post.path("metadata").path("event_payload").path("message_key").asText();
        slack.stub(get(urlPathEqualTo("/conversations.history"))
                .withQueryParam("channel", equalTo(FakeSlack.RELEASES_ID))
                .withQueryParam("include_all_metadata", equalTo("true"))
                .willReturn(okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000100\","
                        + "\"text\":\"" + text + "\",\"metadata\":{\"event_type\":\"releasetrain_notice\","
                        + "\"event_payload\":{\"message_key\":\"" + key + "\"}}}],\"has_more\":false}")));
    }

    private static boolean sent(String event) {
        List<OutgoingMessage> messages = Queue.ofEvent(event);
        return !messages.isEmpty() && messages.get(0).status == OutgoingMessage.Status.SENT;
    }

    private static FreezeChanged freeze(String reason) {
        return new FreezeChanged("production", true, "alice", reason, null);
    }
}
