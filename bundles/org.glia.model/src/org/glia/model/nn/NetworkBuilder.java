package org.glia.model.nn;

import java.util.List;
import java.util.SplittableRandom;

import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.WeightMatrix;
import org.glia.model.internal.NodeFactory;
import org.glia.model.internal.WeightInit;

/**
 * Builds a fresh, randomly initialised network: one input node per region, the given hidden layers and one
 * softmax output node per class.
 * <p>
 * Weights follow {@link WeightInit} (He into ReLU layers, Glorot otherwise; biases 0), layer {@code k} using draw
 * {@code k - 1} of the seed; later edits continue with the following draws.
 */
public final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /**
     * Builds the network.
     *
     * @param regions    the input labels (brain region names), at least one
     * @param hidden     the sizes of the hidden layers, each at least 1 (may be empty)
     * @param activation the activation of every hidden layer (not softmax)
     * @param classes    the output labels (class names), at least two
     * @param seed       the seed of the initial weights and of later edits
     * @throws IllegalArgumentException when a size or the activation is unusable
     */
    public static Network build(List<String> regions, int[] hidden, ActivationFunction activation,
            List<String> classes, long seed) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one input");
        }
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two classes, got " + classes);
        }
        if (activation == ActivationFunction.SOFTMAX) {
            throw new IllegalArgumentException("softmax is for the output layer, not hidden layers");
        }
        Network n = GliaFactory.eINSTANCE.createNetwork();
        n.setSeed(seed);
        n.getLayers().add(layer(n, LayerKind.INPUT, ActivationFunction.IDENTITY, regions));
        for (int size : hidden) {
            if (size < 1) {
                throw new IllegalArgumentException("a hidden layer needs at least one node, got " + size);
            }
            n.getLayers().add(layer(n, LayerKind.HIDDEN, activation, java.util.Collections.nCopies(size, "")));
        }
        n.getLayers().add(layer(n, LayerKind.OUTPUT, ActivationFunction.SOFTMAX, classes));
        for (int k = 1; k < n.getLayers().size(); k++) {
            Layer layer = n.getLayers().get(k);
            int rows = layer.getNodes().size();
            int cols = n.getLayers().get(k - 1).getNodes().size();
            SplittableRandom random = WeightInit.random(seed, n.getInitCount());
            n.setInitCount(n.getInitCount() + 1);
            WeightMatrix w = GliaFactory.eINSTANCE.createWeightMatrix();
            w.reshape(rows, cols, WeightInit.matrix(random, rows, cols, layer.getActivation()));
            layer.setWeights(w);
        }
        return n;
    }

    private static Layer layer(Network n, LayerKind kind, ActivationFunction activation, List<String> labels) {
        Layer layer = GliaFactory.eINSTANCE.createLayer();
        layer.setKind(kind);
        layer.setActivation(activation);
        for (String label : labels) {
            layer.getNodes().add(NodeFactory.create(n, label));
        }
        return layer;
    }
}
