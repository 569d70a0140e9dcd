package org.glia.cohort.internal.demo;

import java.util.SplittableRandom;

/**
 * Normal deviates from a SplittableRandom by the Box-Muller transform with StrictMath, so that a seed gives
 * the same numbers on every JVM (RandomGenerator.nextGaussian's algorithm is not specified).
 */
public final class Gaussian {

    private Gaussian() {
    }

    /** A standard normal deviate. */
    public static double next(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log is finite
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** A log-normal factor exp(sigma * z) with median 1. */
    public static double factor(SplittableRandom rng, double sigma) {
        return StrictMath.exp(sigma * next(rng));
    }
}
