package org.glia.explain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/** Seeded random networks and inputs, for property tests and the benchmark. */
public final class RandomNets {

    private RandomNets() {
    }

    /**
     * A network with the given level sizes (input first), Gaussian weights scaled by {@code 1/sqrt(fan-in)}, small
     * Gaussian biases, {@code hidden} on every hidden layer and {@code output} on the last.
     */
    public static Mlp mlp(int[] sizes, Activation hidden, Activation output, SplittableRandom rnd) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 0; k + 1 < sizes.length; k++) {
            int in = sizes[k];
            int out = sizes[k + 1];
            double scale = 1.0 / Math.sqrt(in);
            double[] w = new double[in * out];
            for (int i = 0; i < w.length; i++) {
                w[i] = rnd.nextGaussian() * scale;
            }
            double[] b = new double[out];
            for (int i = 0; i < out; i++) {
                b[i] = rnd.nextGaussian() * 0.1;
            }
            layers.add(new DenseLayer(in, out, w, b, k + 2 == sizes.length ? output : hidden));
        }
        return new Mlp(layers);
    }

    /** A vector of {@code n} standard Gaussian values (like z-scored features: about half are negative). */
    public static double[] gaussian(int n, SplittableRandom rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        return x;
    }

    /** A vector of {@code n} values uniform in [0, 1) (like raw fibre-density degrees). */
    public static double[] uniform(int n, SplittableRandom rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
        }
        return x;
    }
}
