package io.releasetrain.sandbox.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook's delivery log, as GitHub keeps it for {@code GET /hooks/{id}/deliveries}. Thread-safe. */
public final class HookDeliveries {

    /** One attempt to deliver an event; {@code statusCode} 0 when no answer came. */
    public record Delivery(long id, String guid, Instant deliveredAt, boolean redelivery, double duration, String status,
            int statusCode, String event, String action, byte[] body) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();
    private long nextId = 1;

    public synchronized long nextId() {
        return nextId++;
    }

    public synchronized void record(Delivery delivery) {
        deliveries.add(0, delivery);
    }

    /** Newest first, {@code perPage} from the one after {@code cursor} (a delivery id), as GitHub pages them. */
    public synchronized List<Delivery> page(Long cursor, int perPage) {
        int from = 0;
        if (cursor != null) {
            while (from < deliveries.size() && deliveries.get(from).id() >= cursor) {
                from++;
            }
        }
        return List.copyOf(deliveries.subList(from, Math.min(deliveries.size(), from + perPage)));
    }

    public synchronized Optional<Delivery> find(long id) {
        return deliveries.stream().filter(d -> d.id() == id).findFirst();
    }

    /** Whether an older delivery than {@code id} exists (there is a next page). */
    public synchronized boolean olderThan(long id) {
        return deliveries.stream().anyMatch(d -> d.id() < id);
    }

    public synchronized List<Map<String, Object>> summary() {
        return deliveries.stream().map(d -> Map.<String, Object>of("id", d.id(), "event", d.event(),
                "action", d.action() == null ? "" : d.action(), "statusCode", d.statusCode())).toList();
    }
}
