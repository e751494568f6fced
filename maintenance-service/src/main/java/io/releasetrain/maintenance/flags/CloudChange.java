package io.releasetrain.maintenance.flags;

/**
 * What a flag change did to one PPC. {@code flagsBefore == flagsAfter} when the bit was already in the
 * asked state and nothing was written.
 */
public record CloudChange(String cloudId, String name, String orgId, long flagsBefore, long flagsAfter) {

    /** Whether the flags changed. */
    public boolean changed() {
        return flagsBefore != flagsAfter;
    }
}
