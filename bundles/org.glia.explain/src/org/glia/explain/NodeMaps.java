package org.glia.explain;

/**
 * The region maps of every node of every level for one subject: {@code map(level, node)} is that node's
 * importance per input feature.
 *
 * @param maps {@code maps[level][node][feature]} for level 1 .. depth; {@code maps[0]} is {@code null}
 *             (shared arrays; do not modify)
 */
public record NodeMaps(double[][][] maps) {

    /** The region map of node {@code node} at level {@code level} (1 .. depth). */
    public double[] map(int level, int node) {
        return maps[level][node];
    }

    /** All maps of one level, {@code [node][feature]}. */
    public double[][] level(int level) {
        return maps[level];
    }

    /** Number of levels with maps (the network depth). */
    public int depth() {
        return maps.length - 1;
    }
}
