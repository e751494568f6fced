package io.releasetrain.notifier.routing;

import io.releasetrain.notifier.template.Content;
import io.releasetrain.notifier.template.Notice;
import io.releasetrain.notifier.template.Route;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which channel a notice goes to and whom it mentions. By default promotions, deployments, the calendar and
 * rollbacks go to the releases channel; PPCs, rollouts and maintenance to the ops channel. Configuration may
 * send a whole route, or a single event type, elsewhere. Failures and halts mention the on-call handle
 * configured for their environment.
 */
public final class Routing {

    /** The on-call key used when a failure names no environment, or its environment has no handle. */
    public static final String DEFAULT_ONCALL = "default";

    private final Map<Route, String> channels = new EnumMap<>(Route.class);
    private final Map<String, String> byEventType;
    private final Map<String, String> oncall;

    /**
     * @param releases  the releases channel, e.g. {@code #releases}
     * @param ops       the ops channel, e.g. {@code #ops-notifications}
     * @param overrides route names or CloudEvents types to channels
     * @param oncall    environments (or {@value #DEFAULT_ONCALL}) to on-call handles
     */
    public Routing(String releases, String ops, Map<String, String> overrides, Map<String, String> oncall) {
        for (Route route : Route.values()) {
            String fallback = switch (route) {
                case PROMOTION, DEPLOYMENT, CALENDAR, ROLLBACK -> releases;
                case PPC, ROLLOUT, MAINTENANCE -> ops;
            };
            channels.put(route, overrides.getOrDefault(route.configName(), fallback));
        }
        this.byEventType = Map.copyOf(overrides);
        this.oncall = Map.copyOf(oncall);
    }

    /** The channel for a notice about an event of the CloudEvents type {@code eventType}. */
    public String channel(Notice notice, String eventType) {
        String byType = byEventType.get(eventType);
        return byType != null ? byType : channels.get(notice.route());
    }

    /** The on-call handle a failure or halt mentions; empty for other notices or when none is configured. */
    public Optional<String> mention(Notice notice) {
        if (!notice.alert()) {
            return Optional.empty();
        }
        String handle = notice.environment() == null ? null : oncall.get(notice.environment());
        return Optional.ofNullable(handle != null ? handle : oncall.get(DEFAULT_ONCALL)).filter(h -> !h.isBlank());
    }

    /** The message of a notice: its line, after the on-call mention when it has one, and its links. */
    public Content content(Notice notice) {
        String line = mention(notice).map(handle -> handle + " " + notice.line()).orElse(notice.line());
        return Content.of(line, notice.links());
    }
}
