package org.glia.model.internal;

import java.util.SplittableRandom;

import org.glia.model.ActivationFunction;

/**
 * The random weights Glia creates, reproducible from a network seed and a draw number.
 * <p>
 * Every creation of weights (a new network, added nodes, an inserted or removed layer) takes the network's next
 * draw number, so the same edits on the same network give the same weights, whatever happened before an undo.
 * Weights are uniform in {@code [-limit, limit]}: He ({@code limit = sqrt(6 / fanIn)}) into ReLU layers, Glorot
 * ({@code limit = sqrt(6 / (fanIn + fanOut))}) into all others; biases start at 0. Uniform draws only, because
 * {@link SplittableRandom#nextDouble()} is specified exactly, so files and tests agree across JDKs.
 */
public final class WeightInit {

    /** Scale of the outgoing weights of added nodes relative to a fresh layer: small, so the function barely moves. */
    public static final double ADDED_OUTGOING_SCALE = 0.1;

    private static final long DRAW_GAMMA = 0xD1B54A32D192ED03L;

    private WeightInit() {
    }

    /** The generator of draw {@code draw} of a network seeded with {@code seed}. */
    public static SplittableRandom random(long seed, int draw) {
        return new SplittableRandom(seed + DRAW_GAMMA * (draw + 1L));
    }

    /** The half-width of the uniform distribution for weights into a layer with {@code activation}. */
    public static double limit(int fanIn, int fanOut, ActivationFunction activation) {
        return activation == ActivationFunction.RELU ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
    }

    /** {@code count} uniform values in {@code [-limit, limit]}. */
    public static double[] uniform(SplittableRandom random, int count, double limit) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = (2 * random.nextDouble() - 1) * limit;
        }
        return v;
    }

    /** A fresh {@code rows x cols} matrix of weights into a layer with {@code activation}. */
    public static double[] matrix(SplittableRandom random, int rows, int cols, ActivationFunction activation) {
        return uniform(random, Math.multiplyExact(rows, cols), limit(cols, rows, activation));
    }
}
