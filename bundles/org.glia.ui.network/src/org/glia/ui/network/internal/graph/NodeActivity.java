package org.glia.ui.network.internal.graph;

import org.glia.core.color.ColorMap;

/**
 * The activations of every node for one subject (from the network's forward pass) and the colours they give:
 * each layer is mapped over its own range, since activations of different layers are not comparable.
 */
public final class NodeActivity {

    private final String subject;
    private final double[][] activations;
    private final double[] min;
    private final double[] max;
    private final int[][] rgb;

    private NodeActivity(String subject, double[][] activations, ColorMap map) {
        this.subject = subject;
        this.activations = activations;
        min = new double[activations.length];
        max = new double[activations.length];
        rgb = new int[activations.length][];
        for (int k = 0; k < activations.length; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double a : activations[k]) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
            min[k] = lo;
            max[k] = hi;
            rgb[k] = new int[activations[k].length];
            for (int i = 0; i < rgb[k].length; i++) {
                rgb[k][i] = map.rgb(hi > lo ? (activations[k][i] - lo) / (hi - lo) : 0.5);
            }
        }
    }

    /**
     * Runs the network on {@code input} (already standardised like the training data).
     *
     * @throws IllegalArgumentException when the input does not fit the network
     */
    public static NodeActivity of(NetworkSnapshot network, String subject, double[] input, ColorMap map) {
        return new NodeActivity(subject, network.mlp().forward(input), map);
    }

    /** The subject's name. */
    public String subject() {
        return subject;
    }

    /** The activation of node {@code node} of {@code layer}. */
    public double activation(int layer, int node) {
        return activations[layer][node];
    }

    /** The colour ({@code 0xRRGGBB}) of node {@code node} of {@code layer}. */
    public int rgb(int layer, int node) {
        return rgb[layer][node];
    }

    /** The smallest activation of {@code layer}. */
    public double min(int layer) {
        return min[layer];
    }

    /** The largest activation of {@code layer}. */
    public double max(int layer) {
        return max[layer];
    }
}
