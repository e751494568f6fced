package io.releasetrain.maintenance.window;

import io.releasetrain.maintenance.flags.FlagHold;
import io.releasetrain.maintenance.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code maintenance_windows} and {@code maintenance_window_clouds} tables. A window's row is
 * locked before any PPC it affects (windows, then clouds, then holds), in every transaction.
 */
@ApplicationScoped
public class WindowStore {

    private static final String SELECT = """
            SELECT id, cloud_id, org_id, starts_at, ends_at, reason, booked_by, booked_at, status, entered_at,
                   closed_at, cancelled_by, cancel_reason
            FROM maintenance_windows w""";

    private final Jdbc jdbc;

    WindowStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    boolean cloudExists(String cloudId) {
        return jdbc.first("SELECT 1 FROM clouds WHERE id = ?", row -> 1, cloudId).isPresent();
    }

    boolean orgHasClouds(String orgId) {
        return jdbc.first("SELECT 1 FROM clouds WHERE org_id = ? AND retired = FALSE LIMIT 1", row -> 1, orgId)
                .isPresent();
    }

    void insert(MaintenanceWindow window) {
        jdbc.update("""
                INSERT INTO maintenance_windows (id, cloud_id, org_id, starts_at, ends_at, reason, booked_by, booked_at,
                                                 status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                window.id(), window.cloudId(), window.orgId(), window.startsAt(), window.endsAt(), window.reason(),
                window.bookedBy(), window.bookedAt(), window.status().name());
    }

    Optional<MaintenanceWindow> find(String id) {
        return jdbc.first(SELECT + " WHERE id = ?", WindowStore::window, id);
    }

    /** Locks a window's row, waiting for other writers. */
    Optional<MaintenanceWindow> lock(String id) {
        return jdbc.first(SELECT + " WHERE id = ? FOR UPDATE", WindowStore::window, id);
    }

    /** Locks a window's row unless another transaction (another instance's sweep) holds it. */
    Optional<MaintenanceWindow> lockUnlessBusy(String id) {
        return jdbc.first(SELECT + " WHERE id = ? FOR UPDATE SKIP LOCKED", WindowStore::window, id);
    }

    /** Ids of BOOKED windows whose start has come, earliest first; read without locks. */
    List<String> dueToStart(Instant now, int limit) {
        return jdbc.list("SELECT id FROM maintenance_windows WHERE status = ? AND starts_at <= ? "
                + "ORDER BY starts_at, id LIMIT ?", row -> row.getString(1), WindowStatus.BOOKED.name(), now, limit);
    }

    /** Ids of ACTIVE windows whose end has come, earliest first; read without locks. */
    List<String> dueToEnd(Instant now, int limit) {
        return jdbc.list("SELECT id FROM maintenance_windows WHERE status = ? AND ends_at <= ? "
                + "ORDER BY ends_at, id LIMIT ?", row -> row.getString(1), WindowStatus.ACTIVE.name(), now, limit);
    }

    void started(String id, WindowStatus status, Instant now) {
        jdbc.update("UPDATE maintenance_windows SET status = ?, entered_at = ? WHERE id = ?", status.name(), now, id);
    }

    void closed(String id, WindowStatus status, Instant now) {
        jdbc.update("UPDATE maintenance_windows SET status = ?, closed_at = ? WHERE id = ?", status.name(), now, id);
    }

    void cancelled(String id, String by, String reason, Instant now) {
        jdbc.update("""
                UPDATE maintenance_windows SET status = ?, closed_at = ?, cancelled_by = ?, cancel_reason = ?
                WHERE id = ?""", WindowStatus.CANCELLED.name(), now, by, reason, id);
    }

    /**
     * Records what a starting window did to one PPC; {@code previous} is the hold it took over (EXTENDED
     * only), else null.
     */
    void recordOutcome(String windowId, String cloudId, WindowEntryRule.Outcome outcome, FlagHold previous,
            Instant now) {
        jdbc.update("""
                INSERT INTO maintenance_window_clouds (window_id, cloud_id, outcome, recorded_at, previous_expires_at,
                                                       previous_window_id)
                VALUES (?, ?, ?, ?, ?, ?)""", windowId, cloudId, outcome.name(), now,
                previous == null ? null : previous.expiresAt(), previous == null ? null : previous.windowId());
    }

    /** The hold a window took over from a PPC when it started, if it did (outcome EXTENDED). */
    Optional<TakenOver> takenOver(String windowId, String cloudId) {
        return jdbc.first("""
                SELECT previous_expires_at, previous_window_id FROM maintenance_window_clouds
                WHERE window_id = ? AND cloud_id = ? AND outcome = ?""",
                row -> new TakenOver(Jdbc.instant(row, "previous_expires_at"), row.getString("previous_window_id")),
                windowId, cloudId, WindowEntryRule.Outcome.EXTENDED.name());
    }

    /** The end and the window of a hold a window took over. */
    record TakenOver(Instant expiresAt, String windowId) {
    }

    List<WindowView.CloudOutcome> outcomes(String windowId) {
        return jdbc.list("SELECT cloud_id, outcome FROM maintenance_window_clouds WHERE window_id = ? ORDER BY cloud_id",
                row -> new WindowView.CloudOutcome(row.getString(1), row.getString(2)), windowId);
    }

    /** Windows matching the filters (each optional), latest start first. */
    List<MaintenanceWindow> list(String cloudId, String orgId, WindowStatus status, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (cloudId != null) {
            // A PPC is affected by its own windows and by its organisation's.
            sql.append(" AND (w.cloud_id = ? OR w.org_id = (SELECT c.org_id FROM clouds c WHERE c.id = ?))");
            parameters.add(cloudId);
            parameters.add(cloudId);
        }
        if (orgId != null) {
            sql.append(" AND w.org_id = ?");
            parameters.add(orgId);
        }
        if (status != null) {
            sql.append(" AND w.status = ?");
            parameters.add(status.name());
        }
        sql.append(" ORDER BY w.starts_at DESC, w.id LIMIT ?");
        parameters.add(limit);
        return jdbc.list(sql.toString(), WindowStore::window, parameters.toArray());
    }

    private static MaintenanceWindow window(ResultSet row) throws SQLException {
        return new MaintenanceWindow(row.getString("id"), row.getString("cloud_id"), row.getString("org_id"),
                Jdbc.instant(row, "starts_at"), Jdbc.instant(row, "ends_at"), row.getString("reason"),
                row.getString("booked_by"), Jdbc.instant(row, "booked_at"), WindowStatus.valueOf(row.getString("status")),
                Jdbc.instant(row, "entered_at"), Jdbc.instant(row, "closed_at"), row.getString("cancelled_by"),
                row.getString("cancel_reason"));
    }
}
