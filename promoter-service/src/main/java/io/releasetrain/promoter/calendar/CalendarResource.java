package io.releasetrain.promoter.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.releasetrain.promoter.freeze.Freezes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The release calendar as people read it: per train its schedule, when it leaves next (and whether a freeze
 * holds its target then), and what came of its latest slot. Read only; any token.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Calendar", description = "The trains, their next slots and their latest outcomes")
public class CalendarResource {

    /**
     * One train.
     *
     * @param nextSlot    the next slot after now; null when the train is switched off
     * @param frozenAtNext the freeze holding the target at the next slot, in words; null when none does
     * @param lastSlot    the latest slot the calendar handled; null before the first one
     */
    public record TrainView(String name, String cron, String zone, boolean enabled, String from, String to,
            Instant nextSlot, String frozenAtNext, SlotView lastSlot) {
    }

    /**
     * A slot the calendar handled.
     *
     * @param outcome TRIGGERED (promotion not started yet), STARTED, SKIPPED or MISSED
     * @param detail  why it was skipped or missed, or how late it was caught up
     */
    public record SlotView(Instant at, CalendarSlot.Outcome outcome, boolean catchUp, String detail, String promotionId) {
    }

    private final Calendar calendar;
    private final Freezes freezes;
    private final Clock clock;
    private final String zone;

    CalendarResource(Calendar calendar, Freezes freezes, Clock clock, CalendarConfig config) {
        this.calendar = calendar;
        this.freezes = freezes;
        this.clock = clock;
        this.zone = config.zone().getId();
    }

    @GET
    @Operation(summary = "Every train of the calendar with its next slot and its latest outcome")
    public List<TrainView> trains() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> calendar.trains().stream().map(t -> view(t, now)).toList());
    }

    private TrainView view(Calendar.Train train, Instant now) {
        boolean enabled = train.config().enabled();
        Instant next = enabled ? train.schedule().nextAfter(now).orElse(null) : null;
        String frozen = next == null ? null : freezes.holding(train.target().name(), next)
                .map(h -> h.describe(train.target().name())).orElse(null);
        CalendarSlot last = CalendarSlot.<CalendarSlot>find("train = ?1 order by slotAt desc", train.name()).firstResult();
        return new TrainView(train.name(), train.config().cron(), zone, enabled,
                train.source().name(), train.target().name(), next, frozen, last == null ? null
                        : new SlotView(last.slotAt, last.outcome, last.catchUp, last.detail, last.promotionId));
    }
}
