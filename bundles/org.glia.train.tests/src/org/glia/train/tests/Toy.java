package org.glia.train.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/** Seeded toy data sets and networks. */
final class Toy {

    final double[][] x;
    final int[] y;

    private Toy(double[][] x, int[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * {@code perClass[c]} subjects of each class around well separated centres ({@code gap} apart on feature c,
     * noise sd 1), plus {@code features - classes} pure-noise features.
     */
    static Toy blobs(int[] perClass, int features, double gap, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int c = 0; c < perClass.length; c++) {
            for (int i = 0; i < perClass[c]; i++) {
                double[] v = new double[features];
                for (int f = 0; f < features; f++) {
                    v[f] = r.nextGaussian() + (f == c ? gap : 0) + 3;
                }
                xs.add(v);
                ys.add(c);
            }
        }
        // interleave deterministically so classes are not in blocks
        int n = xs.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            x[i] = xs.get(order[i]);
            y[i] = ys.get(order[i]);
        }
        return new Toy(x, y);
    }

    /** A Glorot-initialised network with the given level sizes, ReLU hidden layers and softmax output. */
    static Mlp network(long seed, int... sizes) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 0; k + 1 < sizes.length; k++) {
            int in = sizes[k];
            int out = sizes[k + 1];
            double limit = Math.sqrt(6.0 / (in + out));
            double[] w = new double[in * out];
            for (int i = 0; i < w.length; i++) {
                w[i] = (2 * r.nextDouble() - 1) * limit;
            }
            boolean last = k + 2 == sizes.length;
            layers.add(new DenseLayer(in, out, w, new double[out], last ? Activation.SOFTMAX : Activation.RELU));
        }
        return new Mlp(layers);
    }
}
