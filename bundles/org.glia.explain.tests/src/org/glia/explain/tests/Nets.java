package org.glia.explain.tests;

import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.explain.internal.RandomNets;

/** Small seeded random networks and hand-built ones shared by the tests. */
final class Nets {

    static final Activation[] HIDDEN = { Activation.RELU, Activation.TANH, Activation.SIGMOID };

    private Nets() {
    }

    /** A random net of depth 2-5 with 1-5 nodes per level (input 2-6) and a random hidden activation. */
    static Mlp small(SplittableRandom rnd, Activation output) {
        int depth = 2 + rnd.nextInt(4);
        int[] sizes = new int[depth + 1];
        sizes[0] = 2 + rnd.nextInt(5);
        for (int k = 1; k <= depth; k++) {
            sizes[k] = 1 + rnd.nextInt(5);
        }
        return RandomNets.mlp(sizes, HIDDEN[rnd.nextInt(HIDDEN.length)], output, rnd);
    }

    /** One dense layer from rows of weights. */
    static DenseLayer layer(double[][] rows, double[] bias, Activation f) {
        int in = rows[0].length;
        double[] w = new double[rows.length * in];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, w, i * in, in);
        }
        return new DenseLayer(in, rows.length, w, bias, f);
    }

    /** A network from layers. */
    static Mlp of(DenseLayer... layers) {
        return new Mlp(List.of(layers));
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
