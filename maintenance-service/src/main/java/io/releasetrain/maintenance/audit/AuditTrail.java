package io.releasetrain.maintenance.audit;

import io.releasetrain.maintenance.flags.Flag;
import io.releasetrain.maintenance.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code flag_changes} table: written in the transaction of each change, read newest first.
 * Entries are never updated or deleted by the service.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String SELECT = """
            SELECT id, change_id, cloud_id, org_id, flag_bit, action, flags_before, flags_after, actor, reason,
                   expires_at, window_id, changed_at
            FROM flag_changes""";

    private final Jdbc jdbc;

    AuditTrail(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an entry; {@code entry.id()} and {@code entry.flag()} are ignored. Returns the new id. */
    public long record(AuditEntry entry) {
        return jdbc.insert("""
                INSERT INTO flag_changes (change_id, cloud_id, org_id, flag_bit, action, flags_before, flags_after,
                                          actor, reason, expires_at, window_id, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.changeId(), entry.cloudId(), entry.orgId(), entry.bit(), entry.action(), entry.flagsBefore(),
                entry.flagsAfter(), entry.actor(), entry.reason(), entry.expiresAt(), entry.windowId(),
                entry.changedAt());
    }

    /** One PPC's entries, newest first, older than {@code beforeId} when given. */
    public List<AuditEntry> forCloud(String cloudId, Long beforeId, int limit) {
        return page("cloud_id", cloudId, beforeId, limit);
    }

    /** The entries of every PPC of an organisation, newest first, older than {@code beforeId} when given. */
    public List<AuditEntry> forOrg(String orgId, Long beforeId, int limit) {
        return page("org_id", orgId, beforeId, limit);
    }

    private List<AuditEntry> page(String column, String value, Long beforeId, int limit) {
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        return jdbc.list(SELECT + " WHERE " + column + " = ? AND id < ? ORDER BY id DESC LIMIT ?",
                AuditTrail::entry, value, before, limit);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        long bit = row.getLong("flag_bit");
        return new AuditEntry(row.getLong("id"), row.getString("change_id"), row.getString("cloud_id"),
                row.getString("org_id"), Flag.byBit(bit).map(Flag::pathName).orElse("0x" + Long.toHexString(bit)),
                bit, row.getString("action"), row.getLong("flags_before"), row.getLong("flags_after"),
                row.getString("actor"), row.getString("reason"), Jdbc.instant(row, "expires_at"),
                row.getString("window_id"), Jdbc.instant(row, "changed_at"));
    }
}
