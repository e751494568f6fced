package io.releasetrain.notifier.template;

import io.releasetrain.events.ReleaseTrainEvent;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one event type is announced.
 *
 * @param <E> the event type
 */
public interface Template<E extends ReleaseTrainEvent> {

    /** The thread the event belongs to ({@code promotion/<id>}, {@code rollout/<id>}, ...); null when none. */
    String thread(E event);

    /**
     * The notice for the event.
     *
     * @param head the thread head's state before this event; null when the event has no thread or opens it
     */
    Notice render(E event, ThreadHead head);

    /** A template for events that belong to the thread {@code thread} names. */
    static <E extends ReleaseTrainEvent> Template<E> threaded(Function<E, String> thread,
            BiFunction<E, ThreadHead, Notice> render) {
        return new Template<>() {
            @Override
            public String thread(E event) {
                return thread.apply(event);
            }

            @Override
            public Notice render(E event, ThreadHead head) {
                return render.apply(event, head);
            }
        };
    }

    /** A template for events whose messages stand alone. */
    static <E extends ReleaseTrainEvent> Template<E> standalone(Function<E, Notice> render) {
        return threaded(event -> null, (event, head) -> render.apply(event));
    }
}
