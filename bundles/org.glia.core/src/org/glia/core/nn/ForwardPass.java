package org.glia.core.nn;

/**
 * The pre-activations and activations of every layer of an {@link Mlp} for one input.
 * <p>
 * {@code activations[0]} is the input, {@code activations[k + 1]} the output of layer {@code k};
 * {@code preActivations[k]} is layer {@code k}'s {@code z = W a + b}. The arrays are shared, not copied: a
 * pass made by {@link Mlp#forward(double[], ForwardPass)} is a reusable buffer.
 *
 * @param preActivations one array per layer (length = depth)
 * @param activations    the input followed by one array per layer (length = depth + 1)
 */
public record ForwardPass(double[][] preActivations, double[][] activations) {

    /** Allocates an empty pass sized for {@code net}, to be filled by {@link Mlp#forward(double[], ForwardPass)}. */
    public static ForwardPass allocate(Mlp net) {
        int[] sizes = net.sizes();
        double[][] z = new double[net.depth()][];
        double[][] a = new double[net.depth() + 1][];
        a[0] = new double[sizes[0]];
        for (int k = 0; k < net.depth(); k++) {
            z[k] = new double[sizes[k + 1]];
            a[k + 1] = new double[sizes[k + 1]];
        }
        return new ForwardPass(z, a);
    }

    /** Number of layers. */
    public int depth() {
        return preActivations.length;
    }

    /** The activations at level {@code k} (0 = input, depth = output); shared, not copied. */
    public double[] activation(int k) {
        return activations[k];
    }

    /** The pre-activations of layer {@code k} (producing level {@code k + 1}); shared, not copied. */
    public double[] preActivation(int k) {
        return preActivations[k];
    }

    /** The network output (the last activations); shared, not copied. */
    public double[] output() {
        return activations[activations.length - 1];
    }
}
