package io.releasetrain.promoter.calendar;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a train's slots fall: a Quartz cron expression (the Quarkus scheduler's syntax, seconds first, e.g.
 * {@code 0 0 2 * * ?}) read in a time zone, so "2 AM" stays 2 AM local time across daylight-saving changes.
 * Pure.
 */
public final class TrainSchedule {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    private static final int MAX_SLOTS = 10_000;

    private final String cron;
    private final ExecutionTime executions;
    private final ZoneId zone;

    /** @throws IllegalArgumentException when {@code cron} is not a Quartz cron expression */
    public TrainSchedule(String cron, ZoneId zone) {
        this.cron = cron;
        this.executions = ExecutionTime.forCron(QUARTZ.parse(cron).validate());
        this.zone = zone;
    }

    /** The slots after {@code after} (exclusive) up to {@code until} (inclusive), oldest first. */
    public List<Instant> slotsBetween(Instant after, Instant until) {
        List<Instant> slots = new ArrayList<>();
        ZonedDateTime cursor = after.atZone(zone);
        while (slots.size() < MAX_SLOTS) {
            Optional<ZonedDateTime> next = executions.nextExecution(cursor);
            if (next.isEmpty() || next.get().toInstant().isAfter(until)) {
                break;
            }
            slots.add(next.get().toInstant());
            cursor = next.get();
        }
        return slots;
    }

    /** The first slot after {@code after}, if the expression has one. */
    public Optional<Instant> nextAfter(Instant after) {
        return executions.nextExecution(after.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    @Override
    public String toString() {
        return cron + " (" + zone + ")";
    }
}
