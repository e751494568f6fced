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
 * The {@code flags} column of {@code clouds}: row locks and single-bit updates.
 *
 * <p>A bit is changed with {@code flags | bit} or {@code flags & ~bit}, never by writing a whole value,
 * so a bit this service does not know is never lost. In MySQL and MariaDB {@code ~} works on 64-bit
 * {@code BIGINT UNSIGNED}: with the bit bound as a positive number, {@code flags & ~bit} keeps every
 * other one of the column's 32 bits and fits the {@code INT UNSIGNED} column.
 *
 * <p>Several PPCs are always locked in ascending id order, the same order in every transaction, so
 * two organisation-wide changes, or one and a single-PPC change, wait for each other instead of
 * deadlocking.
 */
@ApplicationScoped
public class FlagStore {

    private static final String COLUMNS = "SELECT id, name, org_id, flags FROM clouds ";

    private final Jdbc jdbc;

    FlagStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks one PPC's row, waiting for other writers; empty if there is no such PPC. */
    public Optional<LockedCloud> lock(String cloudId) {
        return jdbc.first(COLUMNS + "WHERE id = ? FOR UPDATE", FlagStore::locked, cloudId);
    }

    /** Locks one PPC's row unless another transaction holds it; empty if it is held or does not exist. */
    public Optional<LockedCloud> lockUnlessBusy(String cloudId) {
        return jdbc.first(COLUMNS + "WHERE id = ? FOR UPDATE SKIP LOCKED", FlagStore::locked, cloudId);
    }

    /** Locks every PPC of an organisation that is still in the fleet, in id order. */
    public List<LockedCloud> lockOrg(String orgId) {
        return jdbc.list(COLUMNS + "WHERE org_id = ? AND retired = FALSE ORDER BY id FOR UPDATE",
                FlagStore::locked, orgId);
    }

    /** Locks the given PPCs that exist, in id order. */
    public List<LockedCloud> lockAll(Collection<String> cloudIds) {
        if (cloudIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", Collections.nCopies(cloudIds.size(), "?"));
        return jdbc.list(COLUMNS + "WHERE id IN (" + placeholders + ") ORDER BY id FOR UPDATE", FlagStore::locked,
                cloudIds.toArray());
    }

    /** Sets or clears one bit, leaving the others as they are; returns the flags it left. */
    long change(String cloudId, long bit, boolean on, Instant now) {
        String sql = on
                ? "UPDATE clouds SET flags = flags | ?, updated_at = ? WHERE id = ?"
                : "UPDATE clouds SET flags = flags & ~?, updated_at = ? WHERE id = ?";
        if (jdbc.update(sql, bit, now, cloudId) != 1) {
            throw new IllegalStateException("PPC " + cloudId + " disappeared while locked");
        }
        return jdbc.first("SELECT flags FROM clouds WHERE id = ?", row -> row.getLong(1), cloudId)
                .orElseThrow(() -> new IllegalStateException("PPC " + cloudId + " disappeared while locked"));
    }

    private static LockedCloud locked(ResultSet row) throws SQLException {
        return new LockedCloud(row.getString("id"), row.getString("name"), row.getString("org_id"),
                row.getLong("flags"));
    }
}
