package org.glia.train.internal;

import java.util.ArrayList;
import java.util.List;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/** The trainable state of an Mlp as mutable arrays: per layer, row-major weights and biases. */
public final class Params {

    final int[] sizes;
    final Activation[] activations;
    final double[][] w;
    final double[][] b;

    private Params(int[] sizes, Activation[] activations, double[][] w, double[][] b) {
        this.sizes = sizes;
        this.activations = activations;
        this.w = w;
        this.b = b;
    }

    /** Copies the weights of {@code mlp}. */
    public static Params of(Mlp mlp) {
        int depth = mlp.depth();
        Activation[] act = new Activation[depth];
        double[][] w = new double[depth][];
        double[][] b = new double[depth][];
        for (int k = 0; k < depth; k++) {
            DenseLayer l = mlp.layer(k);
            act[k] = l.activation();
            w[k] = l.weights();
            b[k] = l.bias();
        }
        return new Params(mlp.sizes(), act, w, b);
    }

    /** The number of layers. */
    public int depth() {
        return w.length;
    }

    /** An independent copy. */
    public Params copy() {
        double[][] w2 = new double[w.length][];
        double[][] b2 = new double[b.length][];
        for (int k = 0; k < w.length; k++) {
            w2[k] = w[k].clone();
            b2[k] = b[k].clone();
        }
        return new Params(sizes, activations, w2, b2);
    }

    /** The weights as an immutable Mlp. */
    public Mlp toMlp() {
        List<DenseLayer> layers = new ArrayList<>(w.length);
        for (int k = 0; k < w.length; k++) {
            layers.add(new DenseLayer(sizes[k], sizes[k + 1], w[k], b[k], activations[k]));
        }
        return new Mlp(layers);
    }

    /** True when every weight and bias is finite. */
    public boolean isFinite() {
        for (int k = 0; k < w.length; k++) {
            for (double v : w[k]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            for (double v : b[k]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
