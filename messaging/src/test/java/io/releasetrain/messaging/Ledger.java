package io.releasetrain.messaging;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A miniature service for the messaging tests: it changes its state and emits an event in one
 * transaction, and consumes those events through the inbox into an {@code effect} table.
 */
@ApplicationScoped
public class Ledger {

    /** Notes starting with this make the consumer's effect fail every time. */
    static final String ALWAYS_FAILS = "always-fails";

    private final Outbox outbox;
    private final Inbox inbox;
    private final DataSource dataSource;

    Ledger(Outbox outbox, Inbox inbox, DataSource dataSource) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.dataSource = dataSource;
    }

    /** Writes a ledger row and its event; throws after both when {@code thenFail}, rolling back both. */
    @Transactional
    public String record(String note, String key, boolean thenFail) {
        update("INSERT INTO ledger (note) VALUES (?)", note);
        String eventId = outbox.publish(event(note, key));
        if (thenFail) {
            throw new IllegalStateException("business rule failed after the event was written");
        }
        return eventId;
    }

    /**
     * Writes one ledger row and an event per note, all with one {@link Outbox#publishAll} under the ids
     * {@code idPrefix + index}; throws after both when {@code thenFail}.
     */
    @Transactional
    public void recordAll(String idPrefix, List<String> notes, String key, boolean thenFail) {
        update("INSERT INTO ledger (note) VALUES (?)", idPrefix);
        List<Outbox.Outgoing> events = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            events.add(new Outbox.Outgoing(idPrefix + i, event(notes.get(i), key)));
        }
        outbox.publishAll(events);
        if (thenFail) {
            throw new IllegalStateException("business rule failed after the events were written");
        }
    }

    /** The CloudEvent ids of the outbox rows whose id starts with {@code prefix}, in the order they will be sent. */
    public List<String> outboxIdsStartingWith(String prefix) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT event_id FROM outbox_event WHERE event_id LIKE CONCAT(?, '%') ORDER BY seq")) {
            statement.setString(1, prefix);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static FlagsChanged event(String note, String key) {
        return new FlagsChanged(UUID.randomUUID().toString(), key, "org-test", 0, 1, "tester", note, null, null);
    }

    @Incoming("maintenance-events")
    CompletionStage<Void> consume(Message<String> message) {
        return inbox.deliver("ledger-test", message, this::apply);
    }

    private void apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        String note = ((FlagsChanged) envelope.event()).reason();
        if (note.startsWith(ALWAYS_FAILS)) {
            throw new IllegalStateException("the effect of " + note + " cannot be applied");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO effect (event_id, note) VALUES (?, ?)")) {
            insert.setString(1, envelope.id());
            insert.setString(2, note);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times the consumer applied an effect for {@code note}. */
    public int effectsOf(String note) {
        return query("SELECT COUNT(*) FROM effect WHERE note = ?", note).get(0);
    }

    /** Whether a ledger row exists for {@code note}. */
    public boolean hasLedgerRow(String note) {
        return query("SELECT COUNT(*) FROM ledger WHERE note = ?", note).get(0) > 0;
    }

    /** Outbox rows whose payload mentions {@code note}. */
    public int outboxRowsOf(String note) {
        return query("SELECT COUNT(*) FROM outbox_event WHERE payload LIKE CONCAT('%', ?, '%')", note).get(0);
    }

    /** Outbox rows not yet published. */
    public int pendingRows() {
        return query("SELECT COUNT(*) FROM outbox_event").get(0);
    }

    private List<Integer> query(String sql, String... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 1, args[i]);
            }
            List<Integer> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getInt(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, String arg) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, arg);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
