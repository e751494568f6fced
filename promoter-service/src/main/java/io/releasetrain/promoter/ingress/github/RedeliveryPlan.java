package io.releasetrain.promoter.ingress.github;

import io.releasetrain.promoter.github.HookDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a hook's deliveries to ask GitHub to deliver again. Pure.
 *
 * <p>GitHub lists one entry per attempt, and every attempt at the same event shares its {@code guid}
 * (our delivery id). An event is redelivered when no attempt at it succeeded, we have no record of it
 * (an attempt can fail on GitHub's side after we committed it, e.g. past GitHub's 10 s timeout), its
 * latest attempt is within the look-back window, and we have asked fewer than {@code maxAttempts} times:
 * a delivery our endpoint refuses for good (a bad signature) is not asked for forever.
 */
public final class RedeliveryPlan {

    private RedeliveryPlan() {
    }

    /**
     * @param attempts   the hook's delivery attempts, in any order
     * @param recorded   delivery ids (guids) our ledger holds
     * @param asked      how many redeliveries we asked for, by guid
     * @param since      the look-back window's start
     * @param maxAttempts redeliveries to ask for per guid, at most
     * @return the attempts to redeliver: the latest failed attempt of each event that needs it
     */
    public static List<HookDelivery> choose(List<HookDelivery> attempts, Set<String> recorded, Map<String, Integer> asked,
            Instant since, int maxAttempts) {
        Map<String, List<HookDelivery>> byGuid = new LinkedHashMap<>();
        for (HookDelivery attempt : attempts) {
            byGuid.computeIfAbsent(attempt.guid(), guid -> new ArrayList<>()).add(attempt);
        }
        List<HookDelivery> chosen = new ArrayList<>();
        for (Map.Entry<String, List<HookDelivery>> event : byGuid.entrySet()) {
            List<HookDelivery> tries = event.getValue();
            HookDelivery latest = tries.stream().max(Comparator.comparing(HookDelivery::deliveredAt)).orElseThrow();
            boolean succeeded = tries.stream().anyMatch(HookDelivery::succeeded);
            if (succeeded || recorded.contains(event.getKey()) || latest.deliveredAt().isBefore(since)
                    || asked.getOrDefault(event.getKey(), 0) >= maxAttempts) {
                continue;
            }
            chosen.add(latest);
        }
        return chosen;
    }
}
