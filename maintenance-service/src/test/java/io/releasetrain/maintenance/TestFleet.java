package io.releasetrain.maintenance;

import io.releasetrain.maintenance.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * PPCs for tests, written straight into the {@code clouds} table as the fleet mirror would write them,
 * with whatever flags a test needs to start from (including bits no API sets, such as 0x80000000).
 * Every PPC and organisation gets a fresh id, so tests never see each other's rows.
 */
@ApplicationScoped
public class TestFleet {

    private final Jdbc jdbc;

    TestFleet(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh organisation id. */
    public static String newOrg() {
        return "org-" + UUID.randomUUID();
    }

    /** Adds a PPC in the fleet with these flags; returns its cloud id. */
    public String add(String orgId, long flags) {
        return insert(orgId, flags, false);
    }

    /** Adds a PPC that has left the fleet. */
    public String addRetired(String orgId, long flags) {
        return insert(orgId, flags, true);
    }

    /** The PPC's flags as stored. */
    public long flagsOf(String cloudId) {
        return jdbc.first("SELECT flags FROM clouds WHERE id = ?", row -> row.getLong(1), cloudId).orElseThrow();
    }

    /** Writes flags the way the old runbook did, by hand in the database. */
    public void overwriteFlagsByHand(String cloudId, long flags) {
        jdbc.update("UPDATE clouds SET flags = ? WHERE id = ?", flags, cloudId);
    }

    /** Sets a bit with a hold that ran out a minute ago, as if the sweep had not run since. */
    public void holdExpiredAMinuteAgo(String cloudId, long bit) {
        jdbc.update("UPDATE clouds SET flags = flags | ? WHERE id = ?", bit, cloudId);
        jdbc.update("""
                INSERT INTO flag_holds (cloud_id, flag_bit, change_id, set_by, reason, set_at, expires_at, window_id)
                VALUES (?, ?, ?, 'alice@example.com', 'left over', ?, ?, NULL)""", cloudId, bit,
                UUID.randomUUID().toString(), Instant.now().minusSeconds(3600), Instant.now().minusSeconds(60));
    }

    private String insert(String orgId, long flags, boolean retired) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO clouds (id, name, org_id, flags, retired, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                id, "ppc-" + id.substring(0, 8), orgId, flags, retired, Instant.now());
        return id;
    }
}
