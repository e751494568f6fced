package io.releasetrain.promoter.rollback;

import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.messaging.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Ends rollbacks from what their promotions announce on {@code release-events}: "release promoted" (verified)
 * succeeds one, "abandoned" fails it, each with a {@code RollbackFinished}. Every other event is skipped on purpose.
 */
@ApplicationScoped
public class RollbackFollower {

    static final String CONSUMER = "promoter.rollbacks";

    private final Inbox inbox;
    private final Rollbacks rollbacks;

    RollbackFollower(Inbox inbox, Rollbacks rollbacks) {
        this.inbox = inbox;
        this.rollbacks = rollbacks;
    }

    @Incoming("rollback-outcomes")
    public CompletionStage<Void> onReleaseEvent(Message<String> message) {
        return inbox.deliver(CONSUMER, message, envelope -> {
            if (envelope.event() instanceof ReleasePromoted promoted) {
                rollbacks.finished(promoted.promotionId(), true, promoted.environment() + " runs " + promoted.sha()
                        + ", verified by " + promoted.verifiedBy());
            } else if (envelope.event() instanceof PromotionAbandoned abandoned) {
                rollbacks.finished(abandoned.promotionId(), false, "abandoned by " + abandoned.abandonedBy() + ": "
                        + abandoned.reason());
            }
        });
    }
}
