package io.releasetrain.promoter.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A slot of a train the calendar handled, and what came of it. */
@Entity
@Table(name = "calendar_slot")
public class CalendarSlot extends PanacheEntityBase {

    /** What came of a slot. */
    public enum Outcome {
        /** The trigger event is out; the promotion is not started yet. */
        TRIGGERED,
        /** A promotion was started for it. */
        STARTED,
        /** It started no promotion (the reason is in {@link #detail}). */
        SKIPPED,
        /** Found too late: reported missed. */
        MISSED
    }

    @Id
    public String id;
    public String train;
    @Column(name = "slot_at")
    public Instant slotAt;
    @Column(name = "source_environment")
    public String sourceEnvironment;
    @Column(name = "target_environment")
    public String targetEnvironment;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "catch_up")
    public boolean catchUp;
    public String detail;
    @Column(name = "promotion_id")
    public String promotionId;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** The stable id of a slot, which is also its trigger event's CloudEvent id. */
    public static String idOf(String train, Instant slot) {
        return "calendar:" + train + ":" + slot;
    }

    /** The slots of {@code train} recorded since {@code since}. */
    static Set<Instant> recordedSince(String train, Instant since) {
        return CalendarSlot.<CalendarSlot>list("train = ?1 and slotAt >= ?2", train, since).stream()
                .map(slot -> slot.slotAt).collect(Collectors.toSet());
    }

    /** Triggered slots whose promotion was not started by {@code before}: the handler is retried for them. */
    static List<String> triggeredBefore(Instant before) {
        return CalendarSlot.<CalendarSlot>list("outcome = ?1 and updatedAt < ?2", Outcome.TRIGGERED, before).stream()
                .map(slot -> slot.id).toList();
    }

    /** The slots into {@code environment}, newest first. */
    public static List<CalendarSlot> into(String environment, int max) {
        return CalendarSlot.<CalendarSlot>find("targetEnvironment = ?1 order by slotAt desc", environment)
                .page(0, max).list();
    }
}
