package io.releasetrain.promoter.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggerSkipped;
import io.releasetrain.events.release.TriggerSkipReason;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.promoter.freeze.Freezes;
import io.releasetrain.promoter.promotion.Promotion;
import io.releasetrain.promoter.promotion.PromotionStarter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ClientErrorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What a triggered slot does: skipped inside a freeze, while a promotion into the target is in flight, or
 * when there is nothing new to promote (each with a {@link PromotionTriggerSkipped} saying why); otherwise the
 * candidate is started through {@link PromotionStarter}, the same service a manual start uses, with the
 * candidate and why in the promotion's timeline. Safe to run twice for a slot: a promotion it started is
 * recognised by the slot id in its reason. Never runs inside a transaction (it calls GitHub).
 */
@ApplicationScoped
public class TriggerHandler {

    private static final Logger LOG = Logger.getLogger(TriggerHandler.class);

    private final Calendar calendar;
    private final Candidates candidates;
    private final Freezes freezes;
    private final PromotionStarter starter;
    private final Outbox outbox;
    private final CalendarConfig config;
    private final Clock clock;

    TriggerHandler(Calendar calendar, Candidates candidates, Freezes freezes, PromotionStarter starter, Outbox outbox,
            CalendarConfig config, Clock clock) {
        this.calendar = calendar;
        this.candidates = candidates;
        this.freezes = freezes;
        this.starter = starter;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    private record Slot(String id, String train, Instant at, String target, Instant recordedAt) {
    }

    /** Handles one triggered slot (nothing when it was handled already). */
    public void handle(String slotId) {
        Slot slot = QuarkusTransaction.requiringNew().call(() -> {
            CalendarSlot row = CalendarSlot.findById(slotId);
            return row == null || row.outcome != CalendarSlot.Outcome.TRIGGERED ? null
                    : new Slot(row.id, row.train, row.slotAt, row.targetEnvironment, row.recordedAt);
        });
        Optional<Calendar.Train> train = slot == null ? Optional.empty() : calendar.train(slot.train());
        if (train.isEmpty()) {
            return;
        }
        try {
            decide(slot, train.get());
        } catch (OptimisticLockException e) {
            LOG.debugf("Slot %s: handled by another instance meanwhile", slotId);
        }
    }

    /** The triggered slots not handled since {@code before}: an instance died, or GitHub did not answer. */
    public List<String> stale(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarSlot.triggeredBefore(before));
    }

    private void decide(Slot slot, Calendar.Train train) {
        Optional<String[]> inFlight = QuarkusTransaction.requiringNew().call(() -> Promotion.inFlightInto(slot.target())
                .map(p -> new String[] {p.id, p.state.name(), p.reason}));
        if (inFlight.isPresent() && inFlight.get()[2].contains(slot.id())) {
            // Started by an instance that died before recording it: the slot's promotion, not a second one.
            started(slot, inFlight.get()[0]);
            return;
        }
        if (tooLate(slot)) {
            missed(slot);
            return;
        }
        Optional<Freezes.Holding> freeze = freezes.holding(slot.target(), slot.at());
        if (freeze.isPresent()) {
            skip(slot, TriggerSkipReason.FROZEN, freeze.get().describe(slot.target()), null, freeze.get().id());
            return;
        }
        if (inFlight.isPresent()) {
            skip(slot, TriggerSkipReason.PROMOTION_IN_FLIGHT, "promotion " + inFlight.get()[0] + " into "
                    + slot.target() + " is still in flight (" + inFlight.get()[1] + ")", inFlight.get()[0], null);
            return;
        }
        choose(slot, train);
    }

    /**
     * Whether a slot handled again (the tick's retry, or its trigger redelivered to an instance started after one
     * died) is past the grace period: its promotion would start hours late, so it is reported missed instead. The
     * first handling, right after the tick that recorded it, is never too late: the tick already judged the slot.
     */
    private boolean tooLate(Slot slot) {
        Instant now = clock.instant();
        return now.isAfter(slot.at().plus(config.grace())) && now.isAfter(slot.recordedAt().plus(config.tick()));
    }

    private void choose(Slot slot, Calendar.Train train) {
        CandidateSelector.Choice choice;
        try {
            choice = candidates.choose(train);
        } catch (RemoteException e) {
            if (clock.instant().isAfter(slot.at().plus(config.grace()))) {
                skip(slot, TriggerSkipReason.CANDIDATE_UNKNOWN, "GitHub could not be asked for the candidate within the "
                        + config.grace().toMinutes() + "-minute grace period: " + e.getMessage(), null, null);
            } else {
                LOG.warnf("Slot %s: choosing the candidate: %s; retried on a later tick", slot.id(), e.getMessage());
            }
            return;
        }
        if (!choice.found()) {
            skip(slot, TriggerSkipReason.NOTHING_TO_PROMOTE, "nothing new to promote: " + choice.why(), null, null);
            return;
        }
        try {
            Promotion p = starter.start(train.source().name(), train.target().name(), choice.sha(),
                    PromotionTrigger.SCHEDULE, config.actor(), "the " + train.name() + " train, slot " + slot.at() + " ["
                            + slot.id() + "]: " + choice.why());
            started(slot, p.id);
        } catch (ClientErrorException e) {
            skip(slot, TriggerSkipReason.PROMOTION_IN_FLIGHT, e.getMessage(), null, null);
        }
    }

    private void started(Slot slot, String promotionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarSlot row = CalendarSlot.findById(slot.id());
            row.outcome = CalendarSlot.Outcome.STARTED;
            row.promotionId = promotionId;
            row.updatedAt = clock.instant();
        });
    }

    private void missed(Slot slot) {
        String detail = "the promotion of this slot had not started " + Duration.between(slot.at(), clock.instant())
                .toMinutes() + " min after it (an instance died, or GitHub did not answer), past the "
                + config.grace().toMinutes() + "-minute grace period: no promotion started";
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarSlot row = CalendarSlot.findById(slot.id());
            if (row.outcome != CalendarSlot.Outcome.TRIGGERED) {
                return;
            }
            row.outcome = CalendarSlot.Outcome.MISSED;
            row.detail = detail;
            row.updatedAt = clock.instant();
            outbox.publish(new PromotionTriggerMissed(slot.train(), slot.at(), slot.target(), detail), slot.id() + ":missed");
        });
        LOG.infof("Slot %s missed: %s", slot.id(), detail);
    }

    private void skip(Slot slot, TriggerSkipReason reason, String detail, String promotionId, String freezeId) {
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarSlot row = CalendarSlot.findById(slot.id());
            if (row.outcome != CalendarSlot.Outcome.TRIGGERED) {
                return;
            }
            row.outcome = CalendarSlot.Outcome.SKIPPED;
            row.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
            row.promotionId = promotionId;
            row.updatedAt = clock.instant();
            outbox.publish(new PromotionTriggerSkipped(slot.train(), slot.at(), slot.target(), reason, row.detail,
                    promotionId, freezeId), slot.id() + ":skipped");
        });
        LOG.infof("Slot %s skipped (%s): %s", slot.id(), reason, detail);
    }
}
