package org.glia.explain;

import org.glia.core.nn.Mlp;

/** Argument checks shared by attribution methods: that an input and a source node fit a network. */
public final class Nodes {

    private Nodes() {
    }

    /**
     * Checks that {@code input} fits {@code net} and that node {@code node} exists at level {@code level}
     * (1 .. depth).
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static void check(Mlp net, double[] input, int level, int node) {
        if (input.length != net.inputs()) {
            throw new IllegalArgumentException("the network expects " + net.inputs() + " input features, got "
                    + input.length);
        }
        if (level < 1 || level > net.depth()) {
            throw new IllegalArgumentException("a source node's level must be between 1 and " + net.depth()
                    + ", got " + level);
        }
        int n = net.sizes()[level];
        if (node < 0 || node >= n) {
            throw new IllegalArgumentException("level " + level + " has nodes 0 to " + (n - 1) + ", got " + node);
        }
    }
}
