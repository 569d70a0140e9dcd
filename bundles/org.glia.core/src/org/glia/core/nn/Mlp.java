package org.glia.core.nn;

import java.util.List;
import java.util.Objects;

/**
 * An immutable multi-layer perceptron: a chain of {@link DenseLayer}s.
 * <p>
 * Levels are numbered as in the paper: level 0 is the input (the brain regions), layer {@code k} maps the
 * activations of level {@code k} to those of level {@code k + 1}, and level {@link #depth()} is the output.
 */
public final class Mlp {

    private final List<DenseLayer> layers;
    private final int[] sizes;

    /**
     * Creates a network from its layers, input side first.
     *
     * @throws IllegalArgumentException when there is no layer or a layer's inputs do not match the
     *                                  outputs of the layer below
     */
    public Mlp(List<DenseLayer> layers) {
        this.layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        if (this.layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        sizes = new int[this.layers.size() + 1];
        sizes[0] = this.layers.get(0).inputs();
        for (int k = 0; k < this.layers.size(); k++) {
            DenseLayer l = this.layers.get(k);
            if (l.inputs() != sizes[k]) {
                throw new IllegalArgumentException("layer " + k + " expects " + l.inputs()
                        + " inputs but the level below has " + sizes[k] + " nodes");
            }
            sizes[k + 1] = l.outputs();
        }
    }

    /** Number of layers (weight matrices). */
    public int depth() {
        return layers.size();
    }

    /** Layer {@code k} (0 .. depth-1), mapping level {@code k} to level {@code k + 1}. */
    public DenseLayer layer(int k) {
        return layers.get(k);
    }

    /** The layers, input side first (unmodifiable). */
    public List<DenseLayer> layers() {
        return layers;
    }

    /** Node counts of every level, input first: e.g. {@code {90, 4, 2}}. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Number of input nodes. */
    public int inputs() {
        return sizes[0];
    }

    /** Number of output nodes. */
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** Total number of weights (without biases). */
    public long weightCount() {
        long n = 0;
        for (DenseLayer l : layers) {
            n += (long) l.inputs() * l.outputs();
        }
        return n;
    }

    /**
     * All activations for input {@code x}: index 0 is a copy of {@code x}, index {@code k + 1} the output of
     * layer {@code k}.
     */
    public double[][] forward(double[] x) {
        return pass(x).activations();
    }

    /** The pre-activations and activations of every layer for input {@code x} (freshly allocated). */
    public ForwardPass pass(double[] x) {
        return forward(x, ForwardPass.allocate(this));
    }

    /**
     * Runs the network on {@code x}, filling a pass made by {@link ForwardPass#allocate(Mlp)}; no allocation.
     *
     * @return {@code into}
     */
    public ForwardPass forward(double[] x, ForwardPass into) {
        checkInput(x);
        double[][] z = into.preActivations();
        double[][] a = into.activations();
        System.arraycopy(x, 0, a[0], 0, x.length);
        for (int k = 0; k < layers.size(); k++) {
            DenseLayer l = layers.get(k);
            l.preActivate(a[k], z[k]);
            System.arraycopy(z[k], 0, a[k + 1], 0, z[k].length);
            l.activation().apply(a[k + 1]);
        }
        return into;
    }

    /** The network output for input {@code x}. */
    public double[] predict(double[] x) {
        checkInput(x);
        double[] a = x;
        for (DenseLayer l : layers) {
            double[] z = new double[l.outputs()];
            l.preActivate(a, z);
            l.activation().apply(z);
            a = z;
        }
        return a;
    }

    private void checkInput(double[] x) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("the network expects " + sizes[0] + " inputs, got " + x.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mlp m && m.layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return layers.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Mlp[");
        for (int k = 0; k < sizes.length; k++) {
            sb.append(k == 0 ? "" : "-").append(sizes[k]);
        }
        return sb.append(']').toString();
    }
}
