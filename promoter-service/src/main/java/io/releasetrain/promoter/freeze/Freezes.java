package io.releasetrain.promoter.freeze;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.promoter.calendar.CalendarConfig;
import io.releasetrain.promoter.promotion.Environments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Freeze windows: created, ended and read here, each change a {@link FreezeChanged} per environment through the
 * outbox. The calendar skips a slot inside one; a manual promotion inside one needs an override.
 */
@ApplicationScoped
public class Freezes {

    /** A freeze holding at some instant. */
    public record Holding(String id, String reason, String by, Instant until) {

        /** In words, for skip events and errors. */
        public String describe(String environment) {
            return "promotions into " + environment + " are frozen until " + until + " by freeze " + id + " (" + by + ": "
                    + reason + ")";
        }
    }

    /** A freeze to create. */
    public record NewFreeze(List<String> environments, Instant start, Instant end, boolean weekly, String reason) {
    }

    private final Outbox outbox;
    private final Environments environments;
    private final ZoneId zone;
    private final Clock clock;

    Freezes(Outbox outbox, Environments environments, CalendarConfig calendar, Clock clock) {
        this.outbox = outbox;
        this.environments = environments;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    /** The freeze holding {@code environment} at {@code at}, if any (the one lasting longest, when several do). */
    public Optional<Holding> holding(String environment, Instant at) {
        return QuarkusTransaction.joiningExisting().call(() -> Freeze.<Freeze>list("endedAt is null or endedAt > ?1", at)
                .stream()
                .filter(f -> f.environmentList().contains(environment))
                .flatMap(f -> f.window(zone).endOfOccurrenceAt(at).map(until -> new Holding(f.id, f.reason, f.createdBy, until))
                        .stream())
                .max(java.util.Comparator.comparing(Holding::until)));
    }

    /** Creates a freeze; 400 naming the field when the window or an environment is wrong. */
    @Transactional
    public Freeze create(NewFreeze request, String actor) {
        LinkedHashSet<String> names = new LinkedHashSet<>(request.environments());
        for (String name : names) {
            if (environments.named(name).isEmpty()) {
                throw new InvalidRequestException("environments", "'" + name + "' is not an environment");
            }
        }
        FreezeWindow window;
        try {
            window = new FreezeWindow(request.start(), request.end(), request.weekly(), null, zone);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("end", e.getMessage());
        }
        if (!request.weekly() && !window.end().isAfter(clock.instant())) {
            throw new InvalidRequestException("end", "the freeze would be over already");
        }
        Freeze f = new Freeze();
        f.id = "frz-" + UUID.randomUUID().toString().substring(0, 18);
        f.environments = String.join(",", names);
        f.startsAt = request.start();
        f.endsAt = request.end();
        f.weekly = request.weekly();
        f.reason = request.reason();
        f.createdBy = actor;
        f.createdAt = clock.instant();
        f.persist();
        names.forEach(env -> outbox.publish(new FreezeChanged(env, true, actor, describe(f), f.weekly ? null : f.endsAt)));
        return f;
    }

    /** Ends a freeze now; 409 when it was ended already. */
    @Transactional
    public Freeze end(String id, String actor, String reason) {
        Freeze f = get(id);
        if (f.endedAt != null) {
            throw new ClientErrorException("Freeze " + id + " was ended at " + f.endedAt + " by " + f.endedBy, 409);
        }
        f.endedAt = clock.instant();
        f.endedBy = actor;
        f.endReason = reason;
        f.environmentList().forEach(env -> outbox.publish(new FreezeChanged(env, false, actor, reason, null)));
        return f;
    }

    /** A freeze by id; 404 when there is none. */
    public Freeze get(String id) {
        Freeze f = Freeze.findById(id);
        if (f == null) {
            throw new NotFoundException("No freeze " + id);
        }
        return f;
    }

    /** Whether the freeze holds now. */
    public boolean holdsNow(Freeze f) {
        return f.window(zone).covers(clock.instant());
    }

    private static String describe(Freeze f) {
        return f.reason + " (" + (f.weekly ? "weekly from " : "from ") + f.startsAt + " to " + f.endsAt + ", " + f.id + ")";
    }
}
