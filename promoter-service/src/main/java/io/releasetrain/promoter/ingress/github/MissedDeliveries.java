package io.releasetrain.promoter.ingress.github;

import io.quarkus.scheduler.Scheduled;
import io.releasetrain.promoter.github.GitHubClient;
import io.releasetrain.promoter.github.GitHubConfig;
import io.releasetrain.promoter.github.HookDelivery;
import io.releasetrain.messaging.remote.RemoteException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Recovers deliveries GitHub failed to make: GitHub does not retry a failed delivery by itself. Every
 * {@code releasetrain.github.redelivery.interval}, for each configured hook id, reads the hook's recent
 * delivery attempts from GitHub's REST API and asks GitHub to redeliver those {@link RedeliveryPlan}
 * picks. Runs only when GitHub credentials (a token or an app) and at least one hook id are configured. The promotion engine's
 * reconciliation with GitHub is the first line of defence; this is the second.
 */
@ApplicationScoped
public class MissedDeliveries {

    private static final Logger LOG = Logger.getLogger(MissedDeliveries.class);
    private static final Duration FORGET_ASKED_AFTER = Duration.ofDays(7);

    private final GitHubClient github;
    private final GitHubConfig config;
    private final GitHubHooks hooks;
    private final DataSource dataSource;
    private final Clock clock;

    MissedDeliveries(GitHubClient github, GitHubConfig config, DataSource dataSource, Clock clock) {
        this.github = github;
        this.config = config;
        this.hooks = GitHubHooks.from(config);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(every = "${releasetrain.github.redelivery.interval:5m}", delayed = "${releasetrain.github.redelivery.interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        recover();
    }

    /** One pass over every configured hook. Returns how many redeliveries were asked for. */
    public int recover() {
        if (!github.authenticated() || hooks.withHookIds().isEmpty()) {
            return 0;
        }
        int asked = 0;
        for (GitHubHooks.Hook hook : hooks.withHookIds()) {
            try {
                asked += recover(hook.repository(), hook.hookId().getAsLong());
            } catch (RemoteException e) {
                LOG.warnf("Could not recover missed deliveries of hook %d of %s: %s", hook.hookId().getAsLong(),
                        hook.repository(), e.getMessage());
            } catch (SQLException e) {
                LOG.warnf("Could not recover missed deliveries of hook %d of %s, database failed: %s",
                        hook.hookId().getAsLong(), hook.repository(), e.getMessage());
            }
        }
        return asked;
    }

    private int recover(String repository, long hookId) throws SQLException {
        Instant since = clock.instant().minus(config.redelivery().lookback());
        List<HookDelivery> attempts = github.deliveriesSince(repository, hookId, since, config.redelivery().maxPages());
        Set<String> guids = new HashSet<>();
        attempts.forEach(attempt -> guids.add(attempt.guid()));
        List<HookDelivery> chosen;
        try (Connection connection = dataSource.getConnection()) {
            chosen = RedeliveryPlan.choose(attempts, recorded(connection, guids), asked(connection, hookId, guids), since,
                    config.redelivery().maxAttempts());
        }
        for (HookDelivery delivery : chosen) {
            github.redeliver(repository, hookId, delivery.id());
            try (Connection connection = dataSource.getConnection()) {
                countAsked(connection, hookId, delivery.guid());
            }
            LOG.infof("Asked GitHub to redeliver %s delivery %s of %s (hook delivery id %d)", delivery.event(), delivery.guid(),
                    repository, delivery.id());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM github_redelivery WHERE last_requested_at < ? LIMIT 10000")) {
            forget.setTimestamp(1, Timestamp.from(clock.instant().minus(FORGET_ASKED_AFTER)));
            forget.executeUpdate();
        }
        return chosen.size();
    }

    private static Set<String> recorded(Connection connection, Set<String> guids) throws SQLException {
        Set<String> recorded = new HashSet<>();
        if (guids.isEmpty()) {
            return recorded;
        }
        String sql = "SELECT delivery_id FROM webhook_delivery WHERE source = 'github' AND delivery_id IN ("
                + String.join(",", Collections.nCopies(guids.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (String guid : guids) {
                statement.setString(i++, guid);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
        }
        return recorded;
    }

    private static Map<String, Integer> asked(Connection connection, long hookId, Set<String> guids) throws SQLException {
        Map<String, Integer> asked = new HashMap<>();
        if (guids.isEmpty()) {
            return asked;
        }
        String sql = "SELECT delivery_guid, attempts FROM github_redelivery WHERE hook_id = ? AND delivery_guid IN ("
                + String.join(",", Collections.nCopies(guids.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, hookId);
            int i = 2;
            for (String guid : guids) {
                statement.setString(i++, guid);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    asked.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return asked;
    }

    private void countAsked(Connection connection, long hookId, String guid) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO github_redelivery (hook_id, delivery_guid, attempts, last_requested_at) VALUES (?, ?, 1, ?)
                ON DUPLICATE KEY UPDATE attempts = attempts + 1, last_requested_at = ?""")) {
            statement.setLong(1, hookId);
            statement.setString(2, guid);
            statement.setTimestamp(3, now);
            statement.setTimestamp(4, now);
            statement.executeUpdate();
        }
    }
}
