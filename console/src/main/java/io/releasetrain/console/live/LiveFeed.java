package io.releasetrain.console.live;

import io.releasetrain.console.ConsoleConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The bus as the browsers see it: every event the console received, pushed to each open page, and the latest
 * few kept in memory for pages that open later. Nothing here is business state: it is a view of the topics.
 */
@ApplicationScoped
public class LiveFeed {

    private static final int PER_BROWSER_BUFFER = 256;

    private final BroadcastProcessor<LiveEvent> broadcast = BroadcastProcessor.create();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private final int keep;

    LiveFeed(ConsoleConfig config) {
        this.keep = Math.max(1, config.recentEvents());
    }

    /** Adds an event: kept among the recent ones and sent to every open page. */
    public void publish(LiveEvent event) {
        synchronized (recent) {
            recent.addFirst(event);
            while (recent.size() > keep) {
                recent.removeLast();
            }
        }
        broadcast.onNext(event);
    }

    /** The latest events, newest first. */
    public List<LiveEvent> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** Events from now on; a browser that cannot keep up loses the oldest it has not taken. */
    public Multi<LiveEvent> stream() {
        return broadcast.onOverflow().buffer(PER_BROWSER_BUFFER);
    }
}
