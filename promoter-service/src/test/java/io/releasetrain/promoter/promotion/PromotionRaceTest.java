package io.releasetrain.promoter.promotion;

import static io.releasetrain.promoter.promotion.FakeGitHub.REPO;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.promoter.Webhooks;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writers of one promotion at the same moment: a request and the reconciler, two requests into one target,
 * an approval or an abandon while another writer commits. Each race is made certain, not hoped for: the test
 * holds the promotion's row lock (as a concurrent transaction does) until the service's writes wait on it, then
 * lets the other writer commit first. Every outcome is a clean answer (2xx, or 409 with a JSON body), never a 500.
 */
@QuarkusTest
class PromotionRaceTest {

    private static final AtomicInteger PULLS = new AtomicInteger(3000);
    /** GitHub answers the contents and compare calls this slowly, so the test can take the row's lock before them. */
    private static final int SLOW_MS = 300;
    /** How long a statement on the promotion table must have run to count as waiting for the test's lock. */
    private static final int STUCK_MS = 250;

    @Inject
    Promotions promotions;

    @Inject
    PromotionReconciler reconciler;

    private final FakeGitHub github = new FakeGitHub();

    @BeforeEach
    void nothingInFlight() {
        TravisKeys.serve();
        github.refsAndBranchDeletes();
        PromotionsInFlight.clear(promotions, "a fresh start for the race");
    }

    @Test
    void aRequestRacingTheReconcilerOpensOnePullRequestAndAnswers201() throws Exception {
        // Given GitHub ready for a promotion of master's head into staging, slow to read the manifest
        String candidate = sha();
        int pull = PULLS.incrementAndGet();
        github.branch("master", candidate);
        github.pullCreated("staging", pull, candidate);
        github.pull(pull, candidate, false, null);
        slowManifestAndCompare("staging", candidate);

        // When on-call starts it, and the reconciler finds it still REQUESTED and opens it too, both at once
        CompletableFuture<Response> start = CompletableFuture.supplyAsync(() -> startInto("staging", null));
        String id = awaitRequested("staging", candidate);
        CompletableFuture<Void> reconcile;
        try (Connection other = transaction()) {
            lock(other, id);
            reconcile = CompletableFuture.runAsync(reconciler::reconcileAll);
            awaitWaitingForLocks(2);
            other.rollback();
        }

        // Then the request answers 201, the reconciler ends without an error, and the pull request is opened once
        Response answer = start.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        reconcile.get(30, TimeUnit.SECONDS);
        assertThat(state(id)).isEqualTo(PromotionState.CHECKS_PENDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> events(id, "io.releasetrain.promotion.opened") == 1);
        assertThat(events(id, "io.releasetrain.promotion.opened")).isEqualTo(1);
    }

    @Test
    void aSecondRequestIntoTheSameTargetAtTheSameMomentIs409NamingTheFirst() throws Exception {
        // Given another instance inserting a promotion into staging, not committed yet
        String first = "prm-race-" + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
        CompletableFuture<Response> second;
        try (Connection other = transaction()) {
            insertRequested(other, first, "staging");

            // When a request into staging passes its check (it cannot see that row) and inserts its own
            second = CompletableFuture.supplyAsync(() -> startInto("staging", sha()));
            awaitWaitingForLocks(1);
            other.commit();
        }

        // Then it is refused with a 409 that names the promotion that won, not a 500
        Response answer = second.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(409);
        assertThat(answer.jsonPath().getString("message"))
                .isEqualTo("a promotion into staging is already in flight: " + first + " (REQUESTED); finish or abandon it first");
        QuarkusTransaction.requiringNew().run(() -> promotions.abandon(first, "test", "raced"));
    }

    @Test
    void anApprovalWhileAnotherWriterCommitsIsRetriedAndMerges() throws Exception {
        // Given a production promotion awaiting approval
        String candidate = sha();
        int pull = PULLS.incrementAndGet();
        String id = openInto("production", candidate, pull);
        Webhooks.travis(TravisPayloads.build(REPO, buildId(), "pull_request", "passed", candidate, "production"))
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id) == PromotionState.AWAITING_APPROVAL);
        github.mergeAnswers(pull, sha());

        // When the primary approves while another writer (the reconciler, say) changes the promotion first
        Response answer = racingAnotherWriter(id, () -> decide(id, "approve"));

        // Then the approval is taken, and the promotion merges
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("approvedBy")).isEqualTo("bob");
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id) == PromotionState.MERGED);
    }

    @Test
    void anAbandonWhileAnotherWriterCommitsIsRetriedAndAbandons() throws Exception {
        String candidate = sha();
        int pull = PULLS.incrementAndGet();
        String id = openInto("production", candidate, pull);

        Response answer = racingAnotherWriter(id, () -> decide(id, "abandon"));

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("state")).isEqualTo("ABANDONED");
    }

    /** Runs {@code request} while the test holds the promotion's row; once it waits, another writer commits first. */
    private static Response racingAnotherWriter(String id, java.util.function.Supplier<Response> request) throws Exception {
        CompletableFuture<Response> answer;
        try (Connection other = transaction()) {
            lock(other, id);
            answer = CompletableFuture.supplyAsync(request);
            awaitWaitingForLocks(1);
            try (PreparedStatement bump = other.prepareStatement("UPDATE promotion SET version = version + 1 WHERE id = ?")) {
                bump.setString(1, id);
                assertThat(bump.executeUpdate()).isEqualTo(1);
            }
            other.commit();
        }
        return answer.get(30, TimeUnit.SECONDS);
    }

    private String openInto(String target, String candidate, int pull) {
        github.pullCreated(target, pull, candidate);
        github.pull(pull, candidate, false, null);
        github.manifest(candidate);
        github.compare(target, candidate, 2);
        Response answer = startInto(target, candidate);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        return answer.path("id");
    }

    private void slowManifestAndCompare(String target, String sha) {
        github.readDelayMs = SLOW_MS;
        github.manifest(sha);
        github.compare(target, sha, 2);
    }

    private static Response startInto(String target, String sha) {
        return given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"to\":\"" + target + "\"," + (sha == null ? "" : "\"sha\":\"" + sha + "\",")
                        + "\"reason\":\"racing\"}")
                .post("/promotions");
    }

    private static Response decide(String id, String what) {
        return given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"racing\"}").post("/promotions/" + id + "/" + what);
    }

    private static String awaitRequested(String target, String candidate) {
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> Promotion.inFlightInto(target)
                        .filter(p -> p.candidateSha.equals(candidate)).map(p -> p.id).orElse(null)), found -> found != null);
        assertThat(state(id)).as("the test must hold the row before the pull request is recorded")
                .isEqualTo(PromotionState.REQUESTED);
        return id;
    }

    private static PromotionState state(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Promotion.<Promotion>findById(id).state);
    }

    private static long events(String id, String type) {
        return TestKafka.matching(Topics.RELEASE_EVENTS, record -> type.equals(TestKafka.header(record, "ce_type"))
                && record.value().contains(id)).size();
    }

    /** A connection of its own, as another instance has, in a transaction the test ends. */
    private static Connection transaction() throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        connection.setAutoCommit(false);
        return connection;
    }

    private static void lock(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state FROM promotion WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    private static void insertRequested(Connection connection, String id, String target) throws SQLException {
        try (Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO promotion (id, repository, source_environment, target_environment, "
                    + "source_branch, target_branch, promotion_branch, candidate_sha, head_sha, state, in_flight_target, "
                    + "requires_approval, trigger_kind, requested_by, reason, created_at, updated_at, version) VALUES ('"
                    + id + "', '" + REPO + "', 'testing', '" + target + "', 'master', '" + target + "', 'promote-" + id
                    + "', '" + sha() + "', '" + sha() + "', 'REQUESTED', '" + target + "', false, 'MANUAL', 'another', "
                    + "'racing', NOW(6), NOW(6), 0)");
        }
    }

    /**
     * Waits until {@code count} statements of the service on the promotion table are stuck behind the test's open
     * transaction: running for at least {@value #STUCK_MS} ms (they take a few otherwise). Read from the process list,
     * not from {@code INNODB_TRX}: MariaDB lists an insert that waits on a duplicate key held by an uncommitted row
     * there only once it has a transaction of its own, which it may not have yet. `Execute`: the service uses
     * server-side prepared statements.
     */
    private static void awaitWaitingForLocks(int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            try (Connection connection = transaction(); Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                            + "WHERE ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute') AND TIME_MS >= " + STUCK_MS
                            + " AND LOWER(INFO) LIKE '%promotion%'")) {
                rows.next();
                return rows.getInt(1) >= count;
            }
        });
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static long buildId() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
    }
}
