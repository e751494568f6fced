package io.releasetrain.promoter.calendar;

import io.releasetrain.events.release.PromotionTriggered;
import io.releasetrain.messaging.inbox.Inbox;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The promotion engine's side of the calendar: each {@link PromotionTriggered} on {@code release-events} is
 * taken once (the inbox dedupes by its slot id, so several instances start a slot once) and then handled
 * outside that transaction, as it calls GitHub. Every other release event is skipped on purpose.
 */
@ApplicationScoped
public class CalendarListener {

    static final String CONSUMER = "promoter.calendar";
    private static final Logger LOG = Logger.getLogger(CalendarListener.class);

    private final Inbox inbox;
    private final TriggerHandler handler;

    CalendarListener(Inbox inbox, TriggerHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("calendar-triggers")
    public CompletionStage<Void> onReleaseEvent(Message<String> message) {
        AtomicReference<String> slot = new AtomicReference<>();
        return inbox.deliver(CONSUMER, message, envelope -> {
            slot.set(envelope.event() instanceof PromotionTriggered ? envelope.id() : null);
        }).thenRunAsync(() -> {
            if (slot.get() != null) {
                try {
                    handler.handle(slot.get());
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Slot %s: not handled now; the calendar's next tick retries it", slot.get());
                }
            }
        }, Infrastructure.getDefaultWorkerPool());
    }
}
