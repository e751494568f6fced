package io.releasetrain.ppcupdater.rollout.plan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The PPCs of one rollout in rollout order (by position), as {@link RolloutStep} reads them: one slot per PPC
 * holding its cloud id, its wave, its progress and whether it is in maintenance.
 */
/* Columns, not one object per PPC: a rollout of 10,000 PPCs costs its ids plus about 6 bytes a PPC (a byte of
 * wave, a byte of progress, a bit of maintenance, a reference), where a list of views cost an object, its
 * header and an array slot each, rebuilt on every decision. The ids are the fleet's own strings, not copies. */
public final class RolloutPpcs {

    private static final PpcProgress[] PROGRESS = PpcProgress.values();
    /** A wave number fits a byte: a plan has a canary and at most 100 percentage steps. */
    private static final int MAX_WAVE = Byte.MAX_VALUE;

    private final String[] cloudIds;
    private final byte[] waves;
    private final byte[] progress;
    private final BitSet maintenance;
    private int size;

    private RolloutPpcs(int capacity) {
        cloudIds = new String[capacity];
        waves = new byte[capacity];
        progress = new byte[capacity];
        maintenance = new BitSet(capacity);
    }

    /** An empty table for {@code capacity} PPCs, filled with {@link #add} in rollout order. */
    public static RolloutPpcs withCapacity(int capacity) {
        return new RolloutPpcs(capacity);
    }

    /** The table of {@code views}, in the order of their positions. */
    public static RolloutPpcs of(List<RolloutPpcView> views) {
        RolloutPpcs table = new RolloutPpcs(views.size());
        views.stream().sorted(Comparator.comparingInt(RolloutPpcView::position))
                .forEach(view -> table.add(view.cloudId(), view.wave(), view.progress(), view.inMaintenance()));
        return table;
    }

    /** Adds the next PPC in rollout order; its position is the number added before it. */
    public RolloutPpcs add(String cloudId, int wave, PpcProgress state, boolean inMaintenance) {
        if (wave < 0 || wave > MAX_WAVE) {
            throw new IllegalArgumentException("a wave must be from 0 to " + MAX_WAVE + ", was " + wave);
        }
        if (size == cloudIds.length) {
            throw new IllegalStateException("the table holds " + cloudIds.length + " PPCs, all added");
        }
        cloudIds[size] = cloudId;
        waves[size] = (byte) wave;
        progress[size] = (byte) state.ordinal();
        maintenance.set(size, inMaintenance);
        size++;
        return this;
    }

    /** How many PPCs the rollout has. */
    public int size() {
        return size;
    }

    /** The cloud id of the PPC at {@code position}. */
    public String cloudId(int position) {
        return cloudIds[checked(position)];
    }

    /** The wave of the PPC at {@code position}, from 0. */
    public int wave(int position) {
        return waves[checked(position)];
    }

    /** Where the PPC at {@code position} stands. */
    public PpcProgress progress(int position) {
        return PROGRESS[progress[checked(position)]];
    }

    /** Whether the PPC at {@code position} is in maintenance (flag 0x1) now. */
    public boolean inMaintenance(int position) {
        return maintenance.get(checked(position));
    }

    /** Moves the PPC at {@code position} on, as a caller that keeps the table between decisions does. */
    public void set(int position, PpcProgress state) {
        progress[checked(position)] = (byte) state.ordinal();
    }

    /** How many PPCs are in {@code state}. */
    public int count(PpcProgress state) {
        return count(state, -1);
    }

    /** How many PPCs of {@code wave} are in {@code state}; every wave when {@code wave} is negative. */
    public int count(PpcProgress state, int wave) {
        byte wanted = (byte) state.ordinal();
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (progress[i] == wanted && (wave < 0 || waves[i] == wave)) {
                count++;
            }
        }
        return count;
    }

    /** The cloud ids of the table, in rollout order. */
    public List<String> cloudIds() {
        return Arrays.asList(Arrays.copyOf(cloudIds, size));
    }

    private int checked(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("no PPC at position " + position + " of " + size);
        }
        return position;
    }
}
