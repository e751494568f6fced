package io.releasetrain.promoter.calendar;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The calendar's heartbeat (Quarkus scheduler): every {@code releasetrain.calendar.tick} it reads the clock,
 * records and announces each train's due slots ({@link Calendar#due}), and retries triggers whose promotion
 * did not start (GitHub did not answer, or an instance died in between). Time comes from the injected
 * {@link Clock}, never from the scheduler, so tests move time instead of waiting for 2 AM.
 */
@ApplicationScoped
public class CalendarTicker {

    private static final Logger LOG = Logger.getLogger(CalendarTicker.class);

    private final Calendar calendar;
    private final TriggerHandler handler;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarTicker(Calendar calendar, TriggerHandler handler, CalendarConfig config, Clock clock) {
        this.calendar = calendar;
        this.handler = handler;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${releasetrain.calendar.tick:30s}", delayed = "${releasetrain.calendar.first-tick:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        tick();
    }

    /** One tick at the clock's time. */
    public void tick() {
        Instant now = clock.instant();
        for (Calendar.Train train : calendar.trains()) {
            try {
                calendar.due(train, now);
            } catch (PersistenceException e) {
                // Another instance recorded the same slot first: it triggers it.
                LOG.debugf("Train %s: slot recorded by another instance (%s)", train.name(), e.getMessage());
            }
        }
        List<String> stale = handler.stale(now.minus(config.tick().multipliedBy(2)));
        stale.forEach(handler::handle);
    }
}
