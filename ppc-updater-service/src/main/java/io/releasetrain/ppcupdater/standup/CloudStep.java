package io.releasetrain.ppcupdater.standup;

import io.releasetrain.ppcupdater.registry.PpcStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The steps a person takes with a PPC after asking for it, with the statuses each is allowed from and the
 * status it leads to. Reaching READY (the job's callback) and FAILED (the job's end) are the train's own
 * moves, not steps.
 */
public enum CloudStep {
    /** Attach a ready (or detached) PPC to its organization: from now on the train updates it. */
    ATTACH(PpcStatus.ATTACHED, PpcStatus.READY, PpcStatus.DETACHED),
    /** Take a PPC off its organization: no rollout or service update touches it. */
    DETACH(PpcStatus.DETACHED, PpcStatus.ATTACHED),
    /** Retire a PPC that is not attached: it leaves the fleet for good. */
    RETIRE(PpcStatus.RETIRED, PpcStatus.READY, PpcStatus.DETACHED),
    /** Run the create job again after it failed. */
    RETRY(PpcStatus.PROVISIONING, PpcStatus.FAILED),
    /** Give up a stand-up that is running or failed. */
    CANCEL(PpcStatus.CANCELLED, PpcStatus.PROVISIONING, PpcStatus.FAILED);

    private final PpcStatus to;
    private final Set<PpcStatus> from;

    CloudStep(PpcStatus to, PpcStatus first, PpcStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    /** The status after the step. */
    public PpcStatus to() {
        return to;
    }

    /**
     * The status after the step from {@code current}.
     *
     * @throws CloudConflictException when the step is not allowed from {@code current}, saying from where it is
     */
    public PpcStatus from(PpcStatus current) {
        if (!from.contains(current)) {
            String name = name().toLowerCase(Locale.ROOT);
            throw new CloudConflictException("cannot " + name + " a PPC that is " + current.name().toLowerCase(Locale.ROOT)
                    + "; " + name + " is allowed from " + from.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted()
                    .toList());
        }
        return to;
    }

    /** What the step is called in a {@code PpcChanged} event. */
    public String change() {
        return switch (this) {
            case ATTACH -> "attached";
            case DETACH -> "detached";
            case RETIRE -> "retired";
            case RETRY -> "stand-up retried";
            case CANCEL -> "stand-up cancelled";
        };
    }
}
