package org.glia.atlas.internal.mesh;

/**
 * Shares a triangle budget among regions in proportion to their raw triangle counts, each region keeping
 * at least a small minimum (or all it has), so that the targets never add up to more than the budget
 * (unless the minimums alone exceed it).
 */
public final class TriangleBudget {

    /** Fewest triangles a region is reduced to, so that small regions stay recognisable. */
    public static final int MIN_TRIANGLES = 32;

    private TriangleBudget() {
    }

    /** The target per region; equal to the raw counts when they already fit. */
    public static int[] share(int[] raw, int budget) {
        long total = 0;
        long floor = 0;
        int[] min = new int[raw.length];
        for (int r = 0; r < raw.length; r++) {
            total += raw[r];
            min[r] = Math.min(raw[r], MIN_TRIANGLES);
            floor += min[r];
        }
        if (total <= budget) {
            return raw.clone();
        }
        long spare = Math.max(0, budget - floor);
        long above = total - floor;
        int[] target = new int[raw.length];
        for (int r = 0; r < raw.length; r++) {
            target[r] = min[r] + (int) (spare * (raw[r] - min[r]) / above);
        }
        return target;
    }
}
