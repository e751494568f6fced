package io.releasetrain.ppcupdater.rollout.plan;

/**
 * What the rollout step needs to know about one PPC of a rollout.
 *
 * @param cloudId       the PPC
 * @param wave          its wave, from 0
 * @param position      its place in the rollout's order
 * @param progress      where it stands
 * @param inMaintenance whether it is in maintenance now (flag 0x1): it is not started until it leaves
 */
public record RolloutPpcView(String cloudId, int wave, int position, PpcProgress progress, boolean inMaintenance) {
}
