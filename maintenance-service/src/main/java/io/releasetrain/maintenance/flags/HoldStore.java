package io.releasetrain.maintenance.flags;

import io.releasetrain.maintenance.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The {@code flag_holds} table. Writers must hold the lock on the PPC's {@code clouds} row first
 * (every lock order in this service starts with windows, then clouds, then holds), so two changes of
 * the same PPC never interleave and never deadlock.
 */
@ApplicationScoped
public class HoldStore {

    private static final String COLUMNS = "cloud_id, flag_bit, change_id, set_by, reason, set_at, expires_at, window_id";

    private final Jdbc jdbc;

    HoldStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The hold on one bit of one PPC, if the bit was set through this service. */
    public Optional<FlagHold> find(String cloudId, long bit) {
        return jdbc.first("SELECT " + COLUMNS + " FROM flag_holds WHERE cloud_id = ? AND flag_bit = ?",
                HoldStore::hold, cloudId, bit);
    }

    /** Every hold on the given PPCs, as (cloud id, hold) pairs. */
    public List<CloudHold> forClouds(Collection<String> cloudIds) {
        if (cloudIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", Collections.nCopies(cloudIds.size(), "?"));
        return jdbc.list("SELECT " + COLUMNS + " FROM flag_holds WHERE cloud_id IN (" + placeholders
                + ") ORDER BY cloud_id, flag_bit", row -> new CloudHold(row.getString("cloud_id"), hold(row)),
                cloudIds.toArray());
    }

    /** Records why a bit was just set, replacing any hold left behind. */
    void put(String cloudId, FlagHold hold) {
        remove(cloudId, hold.bit());
        jdbc.update("INSERT INTO flag_holds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cloudId, hold.bit(),
                hold.changeId(), hold.setBy(), hold.reason(), hold.setAt(), hold.expiresAt(), hold.windowId());
    }

    /** Forgets the hold on a bit that was just cleared. */
    void remove(String cloudId, long bit) {
        jdbc.update("DELETE FROM flag_holds WHERE cloud_id = ? AND flag_bit = ?", cloudId, bit);
    }

    /**
     * Gives the hold on a set bit a new holder and end: a window that ends later takes it over, and hands
     * it back when it is cancelled. The bit itself does not change.
     *
     * @param windowId  the window that now holds the bit; null for none
     * @param expiresAt when the bit now clears by itself; null for never
     */
    public void handOver(String cloudId, long bit, String windowId, Instant expiresAt) {
        jdbc.update("UPDATE flag_holds SET window_id = ?, expires_at = ? WHERE cloud_id = ? AND flag_bit = ?",
                windowId, expiresAt, cloudId, bit);
    }

    /** Up to {@code limit} holds that ran out at {@code now}, oldest first; read without locks. */
    public List<CloudHold> expired(Instant now, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM flag_holds WHERE expires_at <= ? ORDER BY expires_at LIMIT ?",
                row -> new CloudHold(row.getString("cloud_id"), hold(row)), now, limit);
    }

    /** The PPCs whose bit {@code bit} is held by a window, read without locks. */
    public List<String> cloudsHeldBy(String windowId, long bit) {
        return jdbc.list("SELECT cloud_id FROM flag_holds WHERE window_id = ? AND flag_bit = ? ORDER BY cloud_id",
                row -> row.getString(1), windowId, bit);
    }

    private static FlagHold hold(ResultSet row) throws SQLException {
        return new FlagHold(row.getLong("flag_bit"), row.getString("change_id"), row.getString("set_by"),
                row.getString("reason"), Jdbc.instant(row, "set_at"), Jdbc.instant(row, "expires_at"),
                row.getString("window_id"));
    }

    /** A hold and the PPC it is on. */
    public record CloudHold(String cloudId, FlagHold hold) {
    }
}
