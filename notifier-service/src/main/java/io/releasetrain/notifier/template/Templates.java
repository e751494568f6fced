package io.releasetrain.notifier.template;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.maintenance.MaintenanceEvent;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.release.ReleaseEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every message the notifier sends, one template per event type of {@code release-events}, {@code ppc-events}
 * and {@code maintenance-events}, in {@link ReleaseTemplates}, {@link FleetTemplates},
 * {@link RolloutTemplates} and {@link MaintenanceTemplates}. Pure Java: rendering needs neither Slack nor Quarkus.
 *
 * <p>Java 17 has no pattern {@code switch} over sealed types (it is a preview feature there), so the check
 * that every type has its template is {@link #missing()}: the constructor refuses to build a set of templates
 * that leaves a permitted record of those topics out, so the service does not start, and the unit tests fail,
 * the moment a new event type lands without one.
 */
public final class Templates {

    /** The sealed interfaces of the topics the notifier announces. */
    public static final List<Class<? extends ReleaseTrainEvent>> TOPICS =
            List.of(ReleaseEvent.class, PpcEvent.class, MaintenanceEvent.class);

    private final Map<Class<?>, Template<?>> byType = new HashMap<>();

    /**
     * @param links              links configured beside those the events carry
     * @param rolloutEnvironment the environment whose on-call answers for customer rollouts
     * @throws IllegalStateException if an event type of the announced topics has no template
     */
    public Templates(LinkBook links, String rolloutEnvironment) {
        new ReleaseTemplates(links).register(this);
        new FleetTemplates(links, rolloutEnvironment).register(this);
        new RolloutTemplates(rolloutEnvironment).register(this);
        new CalendarTemplates().register(this);
        new MaintenanceTemplates(links).register(this);
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No Slack template for " + String.join(", ", missing));
        }
    }

    /** Registers the template of one event type. */
    <E extends ReleaseTrainEvent> void on(Class<E> type, Template<E> template) {
        if (byType.putIfAbsent(type, template) != null) {
            throw new IllegalStateException("Two templates for " + type.getSimpleName());
        }
    }

    /** Whether the event is one the notifier announces: every event of the three topics. */
    public boolean announces(ReleaseTrainEvent event) {
        return byType.containsKey(event.getClass());
    }

    /** The thread the event belongs to, if any. */
    public Optional<String> thread(ReleaseTrainEvent event) {
        return Optional.ofNullable(template(event).thread(event));
    }

    /**
     * What to say about the event.
     *
     * @param head the state of the event's thread head before it; null when there is none yet
     */
    public Notice render(ReleaseTrainEvent event, ThreadHead head) {
        return template(event).render(event, head);
    }

    /** The simple names of event records of the announced topics that have no template. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Class<?> topic : TOPICS) {
            for (Class<?> type : topic.getPermittedSubclasses()) {
                if (!byType.containsKey(type)) {
                    missing.add(type.getSimpleName());
                }
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private <E extends ReleaseTrainEvent> Template<E> template(E event) {
        Template<E> template = (Template<E>) byType.get(event.getClass());
        if (template == null) {
            throw new IllegalArgumentException("No Slack template for " + event.getClass().getSimpleName());
        }
        return template;
    }
}
