package org.glia.model.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;
import org.glia.model.internal.NodeFactory;

/**
 * Converts between the EMF {@link Network} and the forward-pass {@link Mlp} of {@code org.glia.core.nn}, the one
 * implementation of the forward pass (activations, importance, training all use it).
 * <p>
 * EMF layer {@code k >= 1} becomes Mlp layer {@code k - 1}; the input layer has no Mlp layer. The input
 * standardisation of the network ({@code inputShift}, {@code inputScale}) is not part of the Mlp: apply
 * {@link #standardize} to raw inputs first.
 */
public final class MlpConversion {

    private MlpConversion() {
    }

    /**
     * The network's weights, biases and activations as an Mlp (arrays copied).
     *
     * @throws IllegalArgumentException naming the faults when the network is not sound ({@link Networks#problems})
     */
    public static Mlp toMlp(Network network) {
        List<String> problems = Networks.problems(network);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the network cannot be run: " + String.join("; ", problems));
        }
        List<Layer> layers = network.getLayers();
        List<DenseLayer> dense = new ArrayList<>(layers.size() - 1);
        for (int k = 1; k < layers.size(); k++) {
            Layer l = layers.get(k);
            WeightMatrix w = l.getWeights();
            dense.add(new DenseLayer(w.getCols(), w.getRows(), w.getValues(), biases(l), l.getActivation().toActivation()));
        }
        return new Mlp(dense);
    }

    /** The biases of the nodes of {@code layer}, in order. */
    public static double[] biases(Layer layer) {
        List<Node> nodes = layer.getNodes();
        double[] b = new double[nodes.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = nodes.get(i).getBias();
        }
        return b;
    }

    /**
     * A new network carrying the Mlp's weights (copied), with the given input and output labels; hidden layers
     * of the Mlp become hidden layers.
     *
     * @param seed the seed for the random weights of later edits
     * @throws IllegalArgumentException when the number of labels does not match the Mlp
     */
    public static Network toNetwork(Mlp mlp, List<String> inputLabels, List<String> outputLabels, long seed) {
        if (inputLabels.size() != mlp.inputs() || outputLabels.size() != mlp.outputs()) {
            throw new IllegalArgumentException("the network has " + mlp.inputs() + " inputs and " + mlp.outputs()
                    + " outputs but " + inputLabels.size() + " input and " + outputLabels.size() + " output labels were given");
        }
        Network n = GliaFactory.eINSTANCE.createNetwork();
        n.setSeed(seed);
        n.setInitCount(mlp.depth());
        n.getLayers().add(layer(n, LayerKind.INPUT, ActivationFunction.IDENTITY, inputLabels, null));
        for (int k = 0; k < mlp.depth(); k++) {
            DenseLayer d = mlp.layer(k);
            boolean output = k == mlp.depth() - 1;
            List<String> labels = output ? outputLabels : Collections.nCopies(d.outputs(), "");
            n.getLayers().add(layer(n, output ? LayerKind.OUTPUT : LayerKind.HIDDEN,
                    ActivationFunction.of(d.activation()), labels, d));
        }
        return n;
    }

    private static Layer layer(Network n, LayerKind kind, ActivationFunction activation, List<String> labels,
            DenseLayer d) {
        Layer layer = GliaFactory.eINSTANCE.createLayer();
        layer.setKind(kind);
        layer.setActivation(activation);
        for (int i = 0; i < labels.size(); i++) {
            Node node = NodeFactory.create(n, labels.get(i));
            if (d != null) {
                node.setBias(d.bias(i));
            }
            layer.getNodes().add(node);
        }
        if (d != null) {
            WeightMatrix w = GliaFactory.eINSTANCE.createWeightMatrix();
            w.reshape(d.outputs(), d.inputs(), d.weights());
            layer.setWeights(w);
        }
        return layer;
    }

    /**
     * True when {@code network} has exactly the shape, activations, weights and biases of {@code mlp}, bit for bit.
     */
    public static boolean matches(Network network, Mlp mlp) {
        List<Layer> layers = network.getLayers();
        if (layers.size() != mlp.depth() + 1 || layers.get(0).getNodes().size() != mlp.inputs()) {
            return false;
        }
        for (int k = 1; k < layers.size(); k++) {
            Layer l = layers.get(k);
            DenseLayer d = mlp.layer(k - 1);
            WeightMatrix w = l.getWeights();
            if (w == null || w.getRows() != d.outputs() || w.getCols() != d.inputs()
                    || l.getActivation().toActivation() != d.activation()
                    || !Arrays.equals(w.getValues(), d.weightsView()) || !Arrays.equals(biases(l), d.biasView())) {
                return false;
            }
        }
        return true;
    }

    /** {@code x} standardised with the network's input shift and scale (a copy; {@code x} itself when none). */
    public static double[] standardize(Network network, double[] x) {
        List<Double> shift = network.getInputShift();
        List<Double> scale = network.getInputScale();
        if (shift.isEmpty() && scale.isEmpty()) {
            return x;
        }
        double[] r = x.clone();
        for (int i = 0; i < r.length; i++) {
            if (!shift.isEmpty()) {
                r[i] -= shift.get(i);
            }
            if (!scale.isEmpty()) {
                double sc = scale.get(i);
                r[i] = sc == Double.POSITIVE_INFINITY ? 0 : r[i] / sc;
            }
        }
        return r;
    }
}
