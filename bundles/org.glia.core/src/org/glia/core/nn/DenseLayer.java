package org.glia.core.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * One immutable fully connected layer: z = W a + b, then the activation.
 * <p>
 * Weights are stored row-major as {@code [outputs][inputs]}: row {@code i} holds the incoming weights of
 * output node {@code i}, so {@code W_ij = weights[i * inputs + j]} where {@code i} is a node of this layer and
 * {@code j} a node of the layer below — the paper's {@code W_ij^k}.
 */
public final class DenseLayer {

    private final int inputs;
    private final int outputs;
    private final double[] weights;
    private final double[] bias;
    private final Activation activation;

    /**
     * Creates a layer, copying the arrays.
     *
     * @param inputs     number of nodes in the layer below (at least 1)
     * @param outputs    number of nodes in this layer (at least 1)
     * @param weights    {@code outputs * inputs} finite weights, row-major (row = output node)
     * @param bias       {@code outputs} finite biases
     * @param activation the activation applied to the pre-activations
     * @throws IllegalArgumentException when a size does not match or a value is not finite
     */
    public DenseLayer(int inputs, int outputs, double[] weights, double[] bias, Activation activation) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least one input and one output, got "
                    + inputs + " -> " + outputs);
        }
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        this.activation = Objects.requireNonNull(activation, "activation");
        if ((long) inputs * outputs != weights.length) {
            throw new IllegalArgumentException("a " + inputs + " -> " + outputs + " layer needs "
                    + (long) inputs * outputs + " weights, got " + weights.length);
        }
        if (bias.length != outputs) {
            throw new IllegalArgumentException("a layer with " + outputs + " outputs needs " + outputs
                    + " biases, got " + bias.length);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = weights.clone();
        this.bias = bias.clone();
        checkFinite(this.weights, "weight");
        checkFinite(this.bias, "bias");
    }

    private static void checkFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " " + i + " is not a finite number: " + values[i]);
            }
        }
    }

    /** Number of nodes in the layer below. */
    public int inputs() {
        return inputs;
    }

    /** Number of nodes in this layer. */
    public int outputs() {
        return outputs;
    }

    /** The weight from node {@code j} of the layer below to node {@code i} of this layer. */
    public double weight(int i, int j) {
        Objects.checkIndex(i, outputs);
        Objects.checkIndex(j, inputs);
        return weights[i * inputs + j];
    }

    /** A copy of the weights, row-major {@code [outputs][inputs]}. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the biases. */
    public double[] bias() {
        return bias.clone();
    }

    /** The bias of node {@code i}. */
    public double bias(int i) {
        return bias[i];
    }

    /** The activation function. */
    public Activation activation() {
        return activation;
    }

    /**
     * The internal weight array, row-major, without copying — for hot loops only.
     * <p>
     * The layer's immutability rests on callers never writing to the returned array.
     */
    public double[] weightsView() {
        return weights;
    }

    /** The internal bias array without copying — for hot loops only; callers must never write to it. */
    public double[] biasView() {
        return bias;
    }

    /**
     * Computes the pre-activations {@code z = W a + b} into {@code z}.
     *
     * @param a input activations, length {@link #inputs()}
     * @param z receives the pre-activations, length {@link #outputs()}
     */
    public void preActivate(double[] a, double[] z) {
        if (a.length != inputs || z.length != outputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs and room for " + outputs
                    + " outputs, got " + a.length + " and " + z.length);
        }
        for (int i = 0, row = 0; i < outputs; i++, row += inputs) {
            double s = bias[i];
            for (int j = 0; j < inputs; j++) {
                s += weights[row + j] * a[j];
            }
            z[i] = s;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLayer l && l.inputs == inputs && l.outputs == outputs
                && l.activation == activation && Arrays.equals(l.weights, weights) && Arrays.equals(l.bias, bias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, outputs, activation, Arrays.hashCode(weights), Arrays.hashCode(bias));
    }

    @Override
    public String toString() {
        return "DenseLayer[" + inputs + " -> " + outputs + ", " + activation.id() + "]";
    }
}
