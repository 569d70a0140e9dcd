package org.glia.train.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/**
 * Seeded synthetic studies for benchmarks: subjects whose classes shift a tenth of the features (a learnable but
 * not trivial signal, like a few informative regions among many), and Glorot-initialised networks.
 *
 * @param x one row of raw features per subject
 * @param y the class of each subject, dealt round-robin so the classes are balanced
 */
public record SyntheticStudy(double[][] x, int[] y) {

    /** {@code subjects} subjects of {@code classes} classes with {@code features} features, from {@code seed}. */
    public static SyntheticStudy of(int subjects, int features, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int informative = Math.max(1, features / 10);
        double[][] x = new double[subjects][features];
        int[] y = new int[subjects];
        for (int s = 0; s < subjects; s++) {
            y[s] = s % classes;
            double shift = y[s] - (classes - 1) / 2.0;
            for (int f = 0; f < features; f++) {
                // positive values around 5, like fibre densities; the informative ones move with the class
                x[s][f] = 5 + r.nextGaussian() + (f < informative ? 0.6 * shift : 0);
            }
        }
        return new SyntheticStudy(x, y);
    }

    /** The number of subjects. */
    public int subjects() {
        return y.length;
    }

    /** A network with these level sizes, {@code hidden} hidden layers, softmax output, Glorot-uniform weights. */
    public static Mlp network(long seed, Activation hidden, int... sizes) {
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
            layers.add(new DenseLayer(in, out, w, new double[out], last ? Activation.SOFTMAX : hidden));
        }
        return new Mlp(layers);
    }
}
