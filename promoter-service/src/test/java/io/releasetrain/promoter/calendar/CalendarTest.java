package io.releasetrain.promoter.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.promoter.promotion.FakeGitHub;
import io.releasetrain.promoter.promotion.Promotion;
import io.releasetrain.promoter.promotion.Promotions;
import io.releasetrain.promoter.promotion.PromotionsInFlight;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar on a clock the test moves: each train switched off, two instances ticking the same slot, and an
 * instance that was down at a slot or died in the middle of one. Real broker and database; GitHub played by WireMock.
 */
@QuarkusTest
class CalendarTest {

    private static final String PUSH_CHECK = "continuous-integration/travis-ci/push";
    private static final AtomicInteger PULLS = new AtomicInteger(5000);

    @Inject
    Calendar calendar;

    @Inject
    CalendarTicker ticker;

    @Inject
    CalendarConfig config;

    @Inject
    Promotions promotions;

    private final FakeGitHub github = new FakeGitHub();

    @BeforeEach
    void nothingInFlight() {
        github.refsAndBranchDeletes();
        PromotionsInFlight.clear(promotions, "a fresh start for the calendar");
        // The calendar watches its trains from now on (the first tick in this JVM starts watching them)
        ticker.tick();
    }

    @Test
    void aTrainSwitchedOffNeitherTriggersNorReportsItsSlots() {
        for (Calendar.Train train : calendar.trains()) {
            Calendar.Train off = switched(train, false);
            // Given the train watched (well in the past, so that no later tick of another test meets these slots)
            Map<String, Instant> watched = watchedSince();
            Instant base = TestClock.now().minus(Duration.ofDays(30));
            Instant slot = train.schedule().nextAfter(base).orElseThrow();
            Instant next = train.schedule().nextAfter(slot).orElseThrow();
            try {
                clearWatch(train.name());
                assertThat(calendar.due(train, slot.minus(Duration.ofHours(1)))).isEmpty();

                // When its slot passes while it is switched off, found on time and found late
                assertThat(calendar.due(off, slot.plusSeconds(10))).isEmpty();
                assertThat(calendar.due(off, slot.plus(Duration.ofHours(3)))).isEmpty();

                // Then nothing is recorded or announced for it, and switched on again it does not report it missed
                assertThat(calendar.due(train, slot.plus(Duration.ofHours(3)).plusSeconds(1))).isEmpty();
                assertThat(slotRow(train.name(), slot)).as(train.name()).isEmpty();
                // (while a slot it is on for is reported: the same lateness, the train on)
                assertThat(calendar.due(train, next.plus(Duration.ofHours(3)))).isEmpty();
                assertThat(slotRow(train.name(), next)).map(row -> row.outcome).contains(CalendarSlot.Outcome.MISSED);
                String missedId = CalendarSlot.idOf(train.name(), next) + ":missed";
                await().atMost(Duration.ofSeconds(30)).until(() -> eventsWithId(missedId) == 1);
                assertThat(eventsWithId(CalendarSlot.idOf(train.name(), slot))).isZero();
                assertThat(eventsWithId(CalendarSlot.idOf(train.name(), slot) + ":missed")).isZero();
            } finally {
                restoreWatch(watched);
            }
        }
    }

    @Test
    void twoInstancesTickingTheSameSlotStartOnePromotion() throws Exception {
        // Given the next nightly slot, with master's head built
        Instant slot = nextSlot("nightly");
        String candidate = sha();
        int pull = readyToPromote(candidate);

        // When two instances tick at the same moment, just after it
        TestClock.moveTo(slot.plusSeconds(5));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> tickWith(together));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> tickWith(together));
        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);

        // Then the slot is announced once and one promotion starts from it
        String slotId = CalendarSlot.idOf("nightly", slot);
        await().atMost(Duration.ofSeconds(30)).until(() -> promotionsOf(slotId) == 1);
        assertThat(eventsWithId(slotId)).isEqualTo(1);

        // And when the trigger is delivered again (same CloudEvent id), the inbox takes it once: still one promotion
        redeliver(slotId);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> promotionsOf(slotId) == 1);
        github.wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(FakeGitHub.API + "/pulls"))
                .withRequestBody(matchingJsonPath("$.head", equalTo("promote-staging-" + promotionOf(slotId)))));
        assertThat(pull).isPositive();
    }

    @Test
    void aSlotPassedWhileTheServiceWasDownIsCaughtUpOnStartWithinTheGracePeriod() {
        // Given the service down at the next nightly slot
        Instant slot = nextSlot("nightly");
        readyToPromote(sha());

        // When it starts again an hour later (within the two-hour grace period) and its first tick runs
        TestClock.moveTo(slot.plus(Duration.ofHours(1)));
        ticker.tick();

        // Then the slot is caught up: triggered as a catch-up, and its promotion starts
        String slotId = CalendarSlot.idOf("nightly", slot);
        await().atMost(Duration.ofSeconds(30)).until(() -> promotionsOf(slotId) == 1);
        assertThat(TestKafka.matching(Topics.RELEASE_EVENTS, record -> slotId.equals(TestKafka.header(record, "ce_id"))))
                .singleElement().satisfies(record -> assertThat(record.value()).contains("\"catchUp\":true"));
    }

    @Test
    void aSlotPassedWhileTheServiceWasDownLongerThanTheGracePeriodIsReportedMissed() {
        Instant slot = nextSlot("nightly");
        readyToPromote(sha());

        TestClock.moveTo(slot.plus(Duration.ofHours(3)));
        ticker.tick();

        String slotId = CalendarSlot.idOf("nightly", slot);
        assertThat(slotRow("nightly", slot)).map(row -> row.outcome).contains(CalendarSlot.Outcome.MISSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> eventsWithId(slotId + ":missed") == 1);
        assertThat(eventsWithId(slotId)).isZero();
        assertThat(promotionsOf(slotId)).isZero();
    }

    @Test
    void aSlotWhoseInstanceDiedBeforeItsPromotionStartedIsReportedMissedWhenFoundPastTheGracePeriod() {
        // Given an instance that recorded and announced the next nightly slot, then died before starting its promotion
        Instant slot = nextSlot("nightly");
        readyToPromote(sha());
        TestClock.moveTo(slot.plusSeconds(5));
        String slotId = recordTriggered("nightly", slot);

        // When an instance starts again three hours later and its ticks take the slot up again
        TestClock.moveTo(slot.plus(Duration.ofHours(3)));
        ticker.tick();

        // Then no promotion starts three hours late: the slot is reported missed
        assertThat(promotionsOf(slotId)).isZero();
        assertThat(slotRow("nightly", slot)).map(row -> row.outcome).contains(CalendarSlot.Outcome.MISSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.matching(Topics.RELEASE_EVENTS, record ->
                (slotId + ":missed").equals(TestKafka.header(record, "ce_id"))
                        && record.value().contains("grace period")).size() == 1);
    }

    /** The slot as the instance that died left it: recorded as triggered, its promotion never started. */
    private String recordTriggered(String train, Instant slot) {
        Calendar.Train t = calendar.train(train).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> {
            CalendarSlot row = new CalendarSlot();
            row.id = CalendarSlot.idOf(train, slot);
            row.train = train;
            row.slotAt = slot;
            row.sourceEnvironment = t.source().name();
            row.targetEnvironment = t.target().name();
            row.outcome = CalendarSlot.Outcome.TRIGGERED;
            row.recordedAt = TestClock.now();
            row.updatedAt = row.recordedAt;
            row.persist();
            return row.id;
        });
    }

    private void tickWith(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ticker.tick();
    }

    /** The next slot of {@code train} at least a day ahead, with the clock moved to an hour before it. */
    private Instant nextSlot(String train) {
        Instant slot = calendar.train(train).orElseThrow().schedule().nextAfter(TestClock.now().plus(Duration.ofDays(1)))
                .orElseThrow();
        TestClock.moveTo(slot.minus(Duration.ofHours(1)));
        ticker.tick();
        return slot;
    }

    /** GitHub with master's head built and everything for its promotion into staging: the pull request number. */
    private int readyToPromote(String candidate) {
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.statuses(candidate, PUSH_CHECK, "success");
        github.compare("staging", candidate, 2);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        github.manifest(candidate);
        return pull;
    }

    private static void redeliver(String slotId) {
        var record = TestKafka.matching(Topics.RELEASE_EVENTS, r -> slotId.equals(TestKafka.header(r, "ce_id"))).get(0);
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        TestKafka.send(Topics.RELEASE_EVENTS, record.key(), headers, record.value());
    }

    private static long promotionsOf(String slotId) {
        return QuarkusTransaction.requiringNew().call(() -> Promotion.count("reason like ?1", "%[" + slotId + "]%"));
    }

    private static String promotionOf(String slotId) {
        return QuarkusTransaction.requiringNew().call(() -> Promotion.<Promotion>find("reason like ?1", "%[" + slotId + "]%")
                .firstResult().id);
    }

    private static long eventsWithId(String id) {
        return TestKafka.matching(Topics.RELEASE_EVENTS, record -> id.equals(TestKafka.header(record, "ce_id"))).size();
    }

    private static Optional<CalendarSlot> slotRow(String train, Instant slot) {
        return QuarkusTransaction.requiringNew().call(() ->
                Optional.ofNullable(CalendarSlot.<CalendarSlot>findById(CalendarSlot.idOf(train, slot))));
    }

    private static Map<String, Instant> watchedSince() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Instant> since = new HashMap<>();
            CalendarTrain.<CalendarTrain>listAll().forEach(t -> since.put(t.name, t.watchedSince));
            return since;
        });
    }

    private static void clearWatch(String train) {
        QuarkusTransaction.requiringNew().run(() -> CalendarTrain.deleteById(train));
    }

    private static void restoreWatch(Map<String, Instant> since) {
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarTrain.deleteAll();
            since.forEach((name, at) -> {
                CalendarTrain t = new CalendarTrain();
                t.name = name;
                t.watchedSince = at;
                t.persist();
            });
        });
    }

    /** The same train, switched on or off, as {@code releasetrain.calendar.trains.<name>.enabled} would have it. */
    private static Calendar.Train switched(Calendar.Train train, boolean enabled) {
        CalendarConfig.Train config = train.config();
        CalendarConfig.Train switchedConfig = new CalendarConfig.Train() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public String cron() {
                return config.cron();
            }

            @Override
            public String to() {
                return config.to();
            }

            @Override
            public Optional<List<String>> sourceChecks() {
                return config.sourceChecks();
            }
        };
        return new Calendar.Train(train.name(), switchedConfig, train.schedule(), train.source(), train.target());
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
