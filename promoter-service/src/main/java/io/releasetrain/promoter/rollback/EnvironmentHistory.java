package io.releasetrain.promoter.rollback;

import io.releasetrain.promoter.calendar.CalendarSlot;
import io.releasetrain.promoter.promotion.Promotion;
import io.releasetrain.promoter.promotion.PromotionState;
import io.releasetrain.promoter.promotion.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An environment's history, newest first: every promotion into it (scheduled or manual), abandons, rollbacks,
 * and the calendar slots that started nothing (skipped or missed), each with who and why.
 */
@ApplicationScoped
public class EnvironmentHistory {

    /** What an entry is. */
    public enum Kind {
        PROMOTION, ABANDONED, ROLLBACK, SKIPPED, MISSED
    }

    /**
     * One entry.
     *
     * @param at          when it was requested (a slot: when it was due)
     * @param promotionId the promotion, when there is one
     * @param rollbackId  the rollback, for a rollback
     * @param state       the promotion's state now
     * @param sha         the candidate (a rollback: the earlier release's commit)
     * @param by          who: the requester, whoever abandoned it, or the calendar
     * @param why         their reason, or the calendar's
     * @param train       the calendar train, for scheduled promotions and slots
     */
    public record Entry(Instant at, Kind kind, String promotionId, String rollbackId, PromotionState state, String sha,
            String by, String why, String train) {
    }

    /** The newest {@code max} entries of {@code environment}. */
    @Transactional
    public List<Entry> of(String environment, int max) {
        Map<String, Rollback> rollbacks = Rollback.of(environment).stream()
                .collect(Collectors.toMap(r -> r.promotionId, Function.identity()));
        List<CalendarSlot> slots = CalendarSlot.into(environment, max);
        Map<String, String> trainOf = slots.stream().filter(s -> s.promotionId != null)
                .collect(Collectors.toMap(s -> s.promotionId, s -> s.train, (a, b) -> a));
        List<Entry> entries = new ArrayList<>();
        for (Promotion p : Promotion.<Promotion>find("targetEnvironment = ?1 order by sequence desc", environment)
                .page(0, max).list()) {
            entries.add(entry(p, rollbacks.get(p.id), trainOf.get(p.id)));
        }
        for (CalendarSlot s : slots) {
            if (s.outcome == CalendarSlot.Outcome.SKIPPED || s.outcome == CalendarSlot.Outcome.MISSED) {
                entries.add(new Entry(s.slotAt, s.outcome == CalendarSlot.Outcome.SKIPPED ? Kind.SKIPPED : Kind.MISSED,
                        s.promotionId, null, null, null, "release-calendar", s.detail, s.train));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries.size() > max ? entries.subList(0, max) : entries;
    }

    private static Entry entry(Promotion p, Rollback rollback, String train) {
        if (rollback != null) {
            return new Entry(p.createdAt, Kind.ROLLBACK, p.id, rollback.id, p.state, rollback.toSha, rollback.requestedBy,
                    rollback.reason, null);
        }
        if (p.state == PromotionState.ABANDONED) {
            TimelineEntry abandon = TimelineEntry.<TimelineEntry>find("promotionId = ?1 and state = ?2 order by id desc",
                    p.id, PromotionState.ABANDONED).firstResult();
            return new Entry(p.createdAt, Kind.ABANDONED, p.id, null, p.state, p.candidateSha,
                    abandon == null ? p.requestedBy : abandon.actor, abandon == null ? p.reason : abandon.detail, train);
        }
        return new Entry(p.createdAt, Kind.PROMOTION, p.id, null, p.state, p.candidateSha, p.requestedBy, p.reason, train);
    }
}
