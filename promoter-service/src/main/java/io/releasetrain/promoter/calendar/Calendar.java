package io.releasetrain.promoter.calendar;

import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggered;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.promoter.promotion.Environments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The release calendar's trains and what is due on them: for each slot that came due, one row and one
 * event in one transaction: {@link PromotionTriggered} (on time or caught up), or {@link PromotionTriggerMissed}.
 * The slot's row has the slot's id as its key, so when several instances tick at once only one commits it.
 */
@ApplicationScoped
public class Calendar {

    /** A train, resolved against the environments. */
    public record Train(String name, CalendarConfig.Train config, TrainSchedule schedule, Environments.Env source,
            Environments.Env target) {
    }

    private final CalendarConfig config;
    private final Outbox outbox;
    private final Map<String, Train> trains = new HashMap<>();

    Calendar(CalendarConfig config, Environments environments, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
        config.trains().forEach((name, train) -> {
            Environments.Env target = environments.named(train.to()).orElseThrow(() -> new IllegalStateException(
                    "releasetrain.calendar.trains." + name + ".to: '" + train.to() + "' is not an environment"));
            Environments.Env source = environments.before(train.to()).orElseThrow(() -> new IllegalStateException(
                    "releasetrain.calendar.trains." + name + ".to: nothing is promoted into " + train.to()));
            trains.put(name, new Train(name, train, new TrainSchedule(train.cron(), config.zone()), source, target));
        });
    }

    /** Every configured train, on or off. */
    public List<Train> trains() {
        return trains.values().stream().sorted(java.util.Comparator.comparing(Train::name)).toList();
    }

    public Optional<Train> train(String name) {
        return Optional.ofNullable(trains.get(name));
    }

    /**
     * Records and announces the slots of {@code train} due at {@code now}. A train switched off forgets when it
     * was watched, so switching it on later does not report the slots in between as missed.
     *
     * @return the ids of the slots triggered
     */
    @Transactional
    public List<String> due(Train train, Instant now) {
        CalendarTrain watch = CalendarTrain.findById(train.name());
        if (!train.config().enabled()) {
            if (watch != null) {
                watch.delete();
            }
            return List.of();
        }
        if (watch == null) {
            watch = new CalendarTrain();
            watch.name = train.name();
            watch.watchedSince = now;
            watch.persist();
        }
        List<DueSlots.Due> due = DueSlots.at(train.schedule(), watch.watchedSince, now, config.onTime(), config.grace(),
                config.lookback(), CalendarSlot.recordedSince(train.name(), now.minus(config.lookback())));
        List<String> triggered = new java.util.ArrayList<>();
        for (DueSlots.Due slot : due) {
            CalendarSlot row = record(train, slot, now);
            if (slot.action() == DueSlots.Action.MISS) {
                outbox.publish(new PromotionTriggerMissed(train.name(), slot.slot(), train.target().name(), row.detail),
                        row.id + ":missed");
            } else {
                outbox.publish(new PromotionTriggered(train.name(), slot.slot(), train.source().name(),
                        train.target().name(), row.catchUp), row.id);
                triggered.add(row.id);
            }
        }
        return triggered;
    }

    private CalendarSlot record(Train train, DueSlots.Due slot, Instant now) {
        CalendarSlot row = new CalendarSlot();
        row.id = CalendarSlot.idOf(train.name(), slot.slot());
        row.train = train.name();
        row.slotAt = slot.slot();
        row.sourceEnvironment = train.source().name();
        row.targetEnvironment = train.target().name();
        row.catchUp = slot.action() == DueSlots.Action.CATCH_UP;
        row.outcome = slot.action() == DueSlots.Action.MISS ? CalendarSlot.Outcome.MISSED : CalendarSlot.Outcome.TRIGGERED;
        row.detail = switch (slot.action()) {
            case MISS -> "the service was down at the slot; found " + minutes(slot) + " after it, past the "
                    + config.grace().toMinutes() + "-minute grace period: no promotion started";
            case CATCH_UP -> "caught up " + minutes(slot) + " after the slot (the service was down at it)";
            case TRIGGER -> null;
        };
        row.recordedAt = now;
        row.updatedAt = now;
        row.persistAndFlush();
        return row;
    }

    private static String minutes(DueSlots.Due slot) {
        return slot.late().toMinutes() + " min";
    }
}
