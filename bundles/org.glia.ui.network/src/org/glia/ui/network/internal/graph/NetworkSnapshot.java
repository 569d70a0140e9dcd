package org.glia.ui.network.internal.graph;

import java.util.List;

import org.glia.core.nn.Mlp;
import org.glia.model.Network;
import org.glia.model.Networks;

/**
 * An immutable copy of what the network view draws: layer sizes, node labels and weights, safe to read from a
 * background thread while the model goes on changing.
 * <p>
 * Layers are numbered as in the model (0 is the input layer); pair {@code p} is the set of edges from layer
 * {@code p} to layer {@code p + 1}, whose weights are the model's row-major matrix of layer {@code p + 1}.
 */
public final class NetworkSnapshot {

    private final Mlp mlp;
    private final int[] sizes;
    private final String[][] labels;
    private final double[] maxAbs;

    /** A snapshot of {@code mlp} with the given labels per layer and node (kept, not copied). */
    NetworkSnapshot(Mlp mlp, String[][] labels) {
        this.mlp = mlp;
        this.sizes = mlp.sizes();
        this.labels = labels;
        this.maxAbs = new double[mlp.depth()];
        for (int p = 0; p < maxAbs.length; p++) {
            double max = 0;
            for (double w : mlp.layer(p).weightsView()) {
                max = Math.max(max, Math.abs(w));
            }
            maxAbs[p] = max;
        }
    }

    /**
     * Copies {@code network}; call on the thread that owns the model (or capture a {@link NetworkSource} there
     * and copy it elsewhere).
     *
     * @throws IllegalArgumentException naming the fault when the network is not sound
     */
    public static NetworkSnapshot of(Network network) {
        return NetworkSource.capture(network).snapshot();
    }

    /** A snapshot of {@code mlp} with input (region) and output (class) labels; hidden nodes get {@code layer:index}. */
    public static NetworkSnapshot of(Mlp mlp, List<String> inputLabels, List<String> outputLabels) {
        int[] sizes = mlp.sizes();
        String[][] labels = new String[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            labels[k] = new String[sizes[k]];
            List<String> given = k == 0 ? inputLabels : k == sizes.length - 1 ? outputLabels : List.of();
            for (int i = 0; i < sizes[k]; i++) {
                labels[k][i] = displayLabel(k, i, sizes.length, i < given.size() ? given.get(i) : "");
            }
        }
        return new NetworkSnapshot(mlp, labels);
    }

    /** Input nodes show their region, output nodes their class, hidden (and unnamed) nodes {@code layer:index}. */
    static String displayLabel(int layer, int node, int layerCount, String label) {
        boolean hidden = layer > 0 && layer < layerCount - 1;
        return hidden || label == null || label.isBlank() ? Networks.ref(layer, node) : label;
    }

    /** The forward-pass network (immutable; shared, not copied). */
    public Mlp mlp() {
        return mlp;
    }

    /** Number of layers, input included. */
    public int layers() {
        return sizes.length;
    }

    /** Number of nodes of {@code layer}. */
    public int size(int layer) {
        return sizes[layer];
    }

    /** Node counts of every layer (a copy). */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The label shown for a node: region, {@code layer:index} or class. */
    public String label(int layer, int node) {
        return labels[layer][node];
    }

    /** The weight of the edge from node {@code from} of layer {@code pair} to node {@code to} of the next layer. */
    public double weight(int pair, int from, int to) {
        return mlp.layer(pair).weight(to, from);
    }

    /** The weights of pair {@code pair}, row-major {@code [to][from]}; never write to it. */
    public double[] weightsView(int pair) {
        return mlp.layer(pair).weightsView();
    }

    /** The largest |weight| of the network (0 when all weights are 0). */
    public double maxAbsWeight() {
        double max = 0;
        for (double m : maxAbs) {
            max = Math.max(max, m);
        }
        return max;
    }

    /** The largest |weight| of each layer pair (a copy). */
    public double[] maxAbsPerPair() {
        return maxAbs.clone();
    }

    /** Number of edges (weights) in the network. */
    public long edgeCount() {
        return mlp.weightCount();
    }

    /** Whether node {@code node} of {@code layer} exists. */
    public boolean hasNode(int layer, int node) {
        return layer >= 0 && layer < sizes.length && node >= 0 && node < sizes[layer];
    }
}
