package io.releasetrain.maintenance.flags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What a flag change did.
 *
 * @param changeId  the id of the audit entries and events of this change; absent when nothing changed
 * @param flag      the flag's name
 * @param set       whether the flag was being set (true) or cleared
 * @param actor     who asked
 * @param reason    why
 * @param expiresAt when the flag clears by itself, for the PPCs this change set it on
 * @param changed   the PPCs whose flags changed
 * @param unchanged the PPCs whose flag was already in the asked state, left untouched
 * @param message   the outcome in one sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagChangeResult(String changeId, String flag, boolean set, String actor, String reason,
        Instant expiresAt, List<Changed> changed, List<Unchanged> unchanged, String message) {

    /** A PPC whose flags changed, with the exact values before and after. */
    public record Changed(String cloudId, String name, long flagsBefore, long flagsAfter) {
    }

    /**
     * A PPC whose flag was already in the asked state.
     *
     * @param hold why the flag is on (who, until when), when it is on and was set through this service
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unchanged(String cloudId, String name, long flags, HoldView hold) {
    }
}
