package org.glia.train.dl4j;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Converts a Glia {@link Mlp} into a double-precision DeepLearning4J network carrying its weights, and back.
 * <p>
 * Glia stores a layer's weights row-major {@code [outputs][inputs]}; DL4J's parameter {@code "k_W"} is
 * {@code [nIn, nOut]}, so each matrix is transposed on the way in and out. The last layer becomes a softmax
 * {@link OutputLayer} with multi-class cross-entropy, the others {@link DenseLayer}s.
 */
public final class Dl4jNetworks {

    private Dl4jNetworks() {
    }

    /** The network of {@code mlp} with its weights, set up for Adam (step 0.001) without regularisation. */
    public static MultiLayerNetwork toNetwork(Mlp mlp) {
        return toNetwork(mlp, 1e-3, 0);
    }

    /**
     * The network of {@code mlp} with its current weights and biases, trained by Adam (beta1 0.9, beta2 0.999,
     * epsilon 1e-8) with {@code learningRate} and an L2 penalty {@code l2 / 2 * sum(w^2)} on the weights only.
     *
     * @throws IllegalArgumentException when the last layer is not softmax or a hidden layer is softmax
     */
    public static MultiLayerNetwork toNetwork(Mlp mlp, double learningRate, double l2) {
        Dl4jRuntime.ensureStarted();
        ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.ZERO) // overwritten with the Mlp's weights below
                .updater(new Adam(learningRate, 0.9, 0.999, 1e-8))
                .l2(l2)
                .list();
        int depth = mlp.depth();
        for (int k = 0; k < depth; k++) {
            org.glia.core.nn.DenseLayer l = mlp.layer(k);
            if (k == depth - 1) {
                if (l.activation() != Activation.SOFTMAX) {
                    throw new IllegalArgumentException("the output layer must be softmax, not " + l.activation().id());
                }
                list.layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(l.inputs()).nOut(l.outputs())
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build());
            } else {
                list.layer(new DenseLayer.Builder().nIn(l.inputs()).nOut(l.outputs()).activation(hidden(l.activation(), k))
                        .build());
            }
        }
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        for (int k = 0; k < depth; k++) {
            org.glia.core.nn.DenseLayer l = mlp.layer(k);
            // [outputs][inputs] row-major is [nOut, nIn] in 'c' order; its transpose is DL4J's [nIn, nOut]
            INDArray w = Nd4j.create(l.weightsView(), new long[] {l.outputs(), l.inputs()}, DataType.DOUBLE);
            net.setParam(k + "_W", w.transpose());
            net.setParam(k + "_b", Nd4j.create(l.biasView(), new long[] {1, l.outputs()}, DataType.DOUBLE));
        }
        return net;
    }

    private static org.nd4j.linalg.activations.Activation hidden(Activation a, int k) {
        return switch (a) {
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case SOFTMAX -> throw new IllegalArgumentException("hidden layer " + (k + 1) + " cannot be softmax");
        };
    }

    /**
     * The current weights of {@code net} as a new Mlp.
     *
     * @throws IllegalArgumentException when a layer is not dense or its activation has no Glia equivalent
     */
    public static Mlp toMlp(MultiLayerNetwork net) {
        int depth = net.getnLayers();
        List<org.glia.core.nn.DenseLayer> layers = new ArrayList<>(depth);
        for (int k = 0; k < depth; k++) {
            INDArray w = net.getParam(k + "_W");
            int in = (int) w.size(0);
            int out = (int) w.size(1);
            double[] rowMajor = w.transpose().dup('c').data().asDouble();
            double[] bias = net.getParam(k + "_b").dup('c').data().asDouble();
            layers.add(new org.glia.core.nn.DenseLayer(in, out, rowMajor, bias, activation(net, k)));
        }
        return new Mlp(layers);
    }

    private static Activation activation(MultiLayerNetwork net, int k) {
        if (!(net.getLayerWiseConfigurations().getConf(k).getLayer() instanceof BaseLayer layer)) {
            throw new IllegalArgumentException("layer " + k + " of the DL4J network is not a dense layer");
        }
        Class<? extends IActivation> type = layer.getActivationFn().getClass();
        for (Activation a : Activation.values()) {
            if (type == dl4j(a).getActivationFunction().getClass()) {
                return a;
            }
        }
        throw new IllegalArgumentException("layer " + k + " has the activation " + layer.getActivationFn()
                + ", which Glia does not support");
    }

    private static org.nd4j.linalg.activations.Activation dl4j(Activation a) {
        return a == Activation.SOFTMAX ? org.nd4j.linalg.activations.Activation.SOFTMAX : hidden(a, 0);
    }

    /** DL4J's output (inference mode) for each row of {@code x}. */
    public static double[][] output(MultiLayerNetwork net, double[][] x) {
        return Dl4jData.rows(net.output(Nd4j.create(x), false));
    }
}
