package io.releasetrain.notifier;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.notifier.delivery.MessageThread;
import io.releasetrain.notifier.delivery.OutgoingMessage;
import java.util.List;

/** The notifier's message rows, as a test reads them, and a clean slate between tests. */
public final class Queue {

    private Queue() {
    }

    /** Forgets every message, thread and channel schedule. */
    public static void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("DELETE FROM slack_message").executeUpdate();
            em.createNativeQuery("DELETE FROM slack_thread").executeUpdate();
            em.createNativeQuery("DELETE FROM slack_channel").executeUpdate();
        });
    }

    /** Every message row, oldest first. */
    public static List<OutgoingMessage> messages() {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.<OutgoingMessage>listAll().stream()
                .sorted(java.util.Comparator.comparing(m -> m.id)).toList());
    }

    /** The messages of one event. */
    public static List<OutgoingMessage> ofEvent(String eventId) {
        return messages().stream().filter(m -> m.eventId.equals(eventId)).toList();
    }

    /** Messages in a status. */
    public static List<OutgoingMessage> inStatus(OutgoingMessage.Status status) {
        return messages().stream().filter(m -> m.status == status).toList();
    }

    /** A thread's row, or null. */
    public static MessageThread thread(String threadKey) {
        return QuarkusTransaction.requiringNew().call(() -> MessageThread.<MessageThread>findById(threadKey));
    }
}
