package org.glia.explain;

/**
 * The paper's importance factors of every level for one source node and one subject.
 * <p>
 * {@code levels[k]} holds {@code r^k} for k = 0 .. source level; {@code levels[0]} is the region map. Each
 * level sums to 1 minus {@link #dropped()} (which is 0 unless the policy drops zero-input nodes).
 *
 * @param levels  importance per level and node (shared arrays; do not modify)
 * @param dropped total importance dropped at zero-input nodes on the way down
 * @param spread  total importance spread evenly from zero-input nodes on the way down
 */
public record Importances(double[][] levels, double dropped, double spread) {

    /** The importance of every input feature (region), {@code r^0}. */
    public double[] regions() {
        return levels[0];
    }

    /** The sum of each level, from the input (index 0) up to the source level. */
    public double[] levelSums() {
        double[] sums = new double[levels.length];
        for (int k = 0; k < levels.length; k++) {
            double s = 0;
            for (double v : levels[k]) {
                s += v;
            }
            sums[k] = s;
        }
        return sums;
    }
}
