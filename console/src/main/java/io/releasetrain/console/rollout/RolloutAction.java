package io.releasetrain.console.rollout;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a person can do to a rollout or to one PPC in it, in which states ppc-updater-service accepts it; the
 * console offers only those (the service checks again and answers 409 otherwise).
 */
public enum RolloutAction {

    APPROVE("approve", "Approve", false, Set.of("AWAITING_APPROVAL")),
    PAUSE("pause", "Pause", false, Set.of("RUNNING")),
    RESUME("resume", "Resume", false, Set.of("PAUSED", "HALTED")),
    SUPERSEDE("supersede", "Start instead of the earlier rollout", false, Set.of("QUEUED")),
    ABORT("abort", "Abort", false, Set.of("AWAITING_APPROVAL", "QUEUED", "RUNNING", "PAUSED", "HALTED", "FINISHED")),
    RETRY("retry", "Retry", true, Set.of("FAILED")),
    SKIP("skip", "Skip", true, Set.of("PENDING", "FAILED"));

    private final String path;
    private final String label;
    private final boolean perPpc;
    private final Set<String> states;

    RolloutAction(String path, String label, boolean perPpc, Set<String> states) {
        this.path = path;
        this.label = label;
        this.perPpc = perPpc;
        this.states = states;
    }

    /** The last segment of its URL, e.g. {@code pause}. */
    public String path() {
        return path;
    }

    /** The button's words. */
    public String label() {
        return label;
    }

    /** Whether it is dangerous enough to look it (abort). */
    public boolean danger() {
        return this == ABORT;
    }

    /** The actions on a whole rollout in {@code state}. */
    public static List<RolloutAction> forRollout(String state) {
        return Arrays.stream(values()).filter(a -> !a.perPpc && a.states.contains(state)).toList();
    }

    /** The actions on one PPC in {@code state} (the rollout's own state is checked by the service). */
    public static List<RolloutAction> forMember(String state) {
        return Arrays.stream(values()).filter(a -> a.perPpc && a.states.contains(state)).toList();
    }

    /** The action with this URL segment, on a rollout ({@code perPpc} false) or on a PPC. */
    public static Optional<RolloutAction> byPath(String path, boolean perPpc) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path) && a.perPpc == perPpc).findFirst();
    }
}
