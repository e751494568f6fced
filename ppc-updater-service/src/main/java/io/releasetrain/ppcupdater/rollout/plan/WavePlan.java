package io.releasetrain.ppcupdater.rollout.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the PPCs of a rollout into waves: first a canary wave of a few PPCs, then waves that bring the
 * share of the fleet reached up to each cumulative percentage (by default 10%, 50%, then 100%). Waves
 * that would be empty (a small fleet) are dropped, so every wave has at least one PPC.
 */
public final class WavePlan {

    private final int canarySize;
    private final List<Integer> cumulativePercents;

    /**
     * @param canarySize         PPCs in the canary wave (0 for none)
     * @param cumulativePercents the share of the fleet reached by the end of each later wave, rising, the last 100
     */
    public WavePlan(int canarySize, List<Integer> cumulativePercents) {
        if (canarySize < 0) {
            throw new IllegalArgumentException("canary size must not be negative, was " + canarySize);
        }
        if (cumulativePercents.isEmpty() || cumulativePercents.get(cumulativePercents.size() - 1) != 100) {
            throw new IllegalArgumentException("the wave percentages must end with 100, were " + cumulativePercents);
        }
        for (int i = 0; i < cumulativePercents.size(); i++) {
            int percent = cumulativePercents.get(i);
            if (percent <= 0 || percent > 100 || (i > 0 && percent <= cumulativePercents.get(i - 1))) {
                throw new IllegalArgumentException("the wave percentages must rise from above 0 to 100, were "
                        + cumulativePercents);
            }
        }
        this.canarySize = canarySize;
        this.cumulativePercents = List.copyOf(cumulativePercents);
    }

    /** The waves of {@code ppcs}, in order; the order of {@code ppcs} is kept within and across waves. */
    public <T> List<List<T>> split(List<T> ppcs) {
        int total = ppcs.size();
        List<List<T>> waves = new ArrayList<>();
        int reached = Math.min(canarySize, total);
        if (reached > 0) {
            waves.add(List.copyOf(ppcs.subList(0, reached)));
        }
        for (int percent : cumulativePercents) {
            int target = (int) Math.ceil(total * (percent / 100.0));
            if (target > reached) {
                waves.add(List.copyOf(ppcs.subList(reached, target)));
                reached = target;
            }
        }
        return waves;
    }

    /** The wave sizes {@link #split} gives for a fleet of {@code total} PPCs. */
    public List<Integer> sizes(int total) {
        List<Integer> indexes = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            indexes.add(i);
        }
        return split(indexes).stream().map(List::size).toList();
    }
}
