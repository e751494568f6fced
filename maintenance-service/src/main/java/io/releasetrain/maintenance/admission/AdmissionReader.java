package io.releasetrain.maintenance.admission;

import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.FlagHold;
import io.releasetrain.maintenance.sql.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The one read behind the admission check: a primary-key lookup of the PPC's flags joined to the
 * primary-key lookup of its maintenance hold, in plain JDBC, outside any transaction. No entity is
 * loaded and nothing is locked, so the check never waits for a flag change in progress; it sees the
 * last committed state.
 */
@ApplicationScoped
public class AdmissionReader {

    private static final String SQL = """
            SELECT c.flags, h.change_id, h.set_by, h.reason, h.set_at, h.expires_at, h.window_id
            FROM clouds c LEFT JOIN flag_holds h ON h.cloud_id = c.id AND h.flag_bit = ?
            WHERE c.id = ?""";

    private final Jdbc jdbc;

    AdmissionReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The PPC's flags and maintenance hold; empty when there is no such PPC. */
    public Optional<State> read(String cloudId) {
        return jdbc.first(SQL, row -> new State(row.getLong("flags"), row.getString("change_id") == null
                ? null
                : new FlagHold(CloudFlags.MAINTENANCE, row.getString("change_id"), row.getString("set_by"),
                        row.getString("reason"), Jdbc.instant(row, "set_at"), Jdbc.instant(row, "expires_at"),
                        row.getString("window_id"))), CloudFlags.MAINTENANCE, cloudId);
    }

    /**
     * A PPC's flags and the hold on its maintenance bit.
     *
     * @param hold null when maintenance is off or was set outside this service
     */
    public record State(long flags, FlagHold hold) {
    }
}
