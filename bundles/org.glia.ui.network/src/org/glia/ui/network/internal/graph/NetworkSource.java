package org.glia.ui.network.internal.graph;

import java.util.ArrayList;
import java.util.List;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;

/**
 * What the view needs of a model network, captured on the model's thread in time proportional to the number of
 * nodes (the weight arrays are referenced, not copied), so that the expensive copy into a
 * {@link NetworkSnapshot} can run on a background thread.
 * <p>
 * A weight written in place while the copy runs may or may not be in it; the model's change notification then
 * leads to a new capture, so the view ends up showing the final state.
 */
public final class NetworkSource {

    private final int[] sizes;
    private final String[][] labels;
    private final double[][] weights;
    private final double[][] biases;
    private final Activation[] activations;

    private NetworkSource(int[] sizes, String[][] labels, double[][] weights, double[][] biases,
            Activation[] activations) {
        this.sizes = sizes;
        this.labels = labels;
        this.weights = weights;
        this.biases = biases;
        this.activations = activations;
    }

    /**
     * Captures {@code network}.
     *
     * @throws IllegalArgumentException naming the fault when a weight matrix does not fit its layers
     */
    public static NetworkSource capture(Network network) {
        List<Layer> layers = network.getLayers();
        if (layers.size() < 2) {
            throw new IllegalArgumentException("the network has " + layers.size() + " layers; it needs at least two");
        }
        int n = layers.size();
        int[] sizes = Networks.sizes(network);
        String[][] labels = new String[n][];
        double[][] weights = new double[n - 1][];
        double[][] biases = new double[n - 1][];
        Activation[] activations = new Activation[n - 1];
        for (int k = 0; k < n; k++) {
            Layer layer = layers.get(k);
            List<Node> nodes = layer.getNodes();
            labels[k] = new String[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                labels[k][i] = NetworkSnapshot.displayLabel(k, i, n, nodes.get(i).getLabel());
            }
            if (k == 0) {
                continue;
            }
            WeightMatrix w = layer.getWeights();
            if (w == null || w.getRows() != sizes[k] || w.getCols() != sizes[k - 1]
                    || w.getValues().length != (long) sizes[k] * sizes[k - 1]) {
                throw new IllegalArgumentException("layer " + k + ": the weight matrix does not fit layers of "
                        + sizes[k - 1] + " and " + sizes[k] + " nodes");
            }
            weights[k - 1] = w.getValues();
            biases[k - 1] = new double[sizes[k]];
            for (int i = 0; i < sizes[k]; i++) {
                biases[k - 1][i] = nodes.get(i).getBias();
            }
            activations[k - 1] = layer.getActivation().toActivation();
        }
        return new NetworkSource(sizes, labels, weights, biases, activations);
    }

    /**
     * Copies the captured network (long for large networks: run it off the UI thread).
     *
     * @throws IllegalArgumentException naming the fault when a weight or bias is not a finite number
     */
    public NetworkSnapshot snapshot() {
        List<DenseLayer> dense = new ArrayList<>(weights.length);
        for (int p = 0; p < weights.length; p++) {
            try {
                dense.add(new DenseLayer(sizes[p], sizes[p + 1], weights[p], biases[p], activations[p]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer " + (p + 1) + ": " + e.getMessage(), e);
            }
        }
        return new NetworkSnapshot(new Mlp(dense), labels);
    }

    /** Node counts of every layer (a copy). */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Whether node {@code node} of {@code layer} exists. */
    public boolean hasNode(int layer, int node) {
        return layer >= 0 && layer < sizes.length && node >= 0 && node < sizes[layer];
    }

    /** The label shown for a node. */
    public String label(int layer, int node) {
        return labels[layer][node];
    }

    /** The current weight of the edge from node {@code from} of layer {@code pair} to node {@code to} of the next. */
    public double weight(int pair, int from, int to) {
        return weights[pair][to * sizes[pair] + from];
    }
}
