package io.releasetrain.promoter.rollback;

import io.releasetrain.promoter.calendar.CandidateSelector.Release;
import java.util.List;
import java.util.Optional;

/**
 * Which earlier release a rollback goes back to. Pure: from the environment's verified releases, newest first,
 * without rollbacks (a rollback is no release of its own: an environment rolled back runs the release it went
 * back to, so the next rollback goes to the one before that).
 */
public final class RollbackTarget {

    private RollbackTarget() {
    }

    /**
     * @param releases the verified releases, newest first, rollbacks left out
     * @param running  the release the environment runs (for a rolled-back environment, the one it went back to)
     * @param named    optional: the promotion id or merge SHA of an earlier release to go back to
     * @return the release to go back to; empty when there is nothing earlier (or the named one is not earlier)
     */
    public static Optional<Release> choose(List<Release> releases, String running, String named) {
        int at = -1;
        for (int i = 0; i < releases.size() && at < 0; i++) {
            if (releases.get(i).sha().equals(running)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        List<Release> earlier = releases.subList(at + 1, releases.size());
        return named == null ? earlier.stream().findFirst()
                : earlier.stream().filter(r -> r.promotionId().equals(named) || r.sha().equals(named)).findFirst();
    }
}
