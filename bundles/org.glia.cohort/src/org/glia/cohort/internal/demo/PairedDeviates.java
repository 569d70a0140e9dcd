package org.glia.cohort.internal.demo;

import java.util.SplittableRandom;

/**
 * Standard normal deviates handed out in antithetic pairs: a fresh draw of {@code count} deviates, then the
 * same deviates negated, then a fresh draw, and so on. Used within each diagnosis group so that the group's
 * sample mean of every paired deviate is 0 (exactly, for an even group size): chance imbalances between
 * groups as small as 19 subjects then cannot decide the demo's difficulty.
 */
public final class PairedDeviates {

    private final int count;
    private double[] pending;

    /** Pairs of {@code count} deviates each. */
    public PairedDeviates(int count) {
        this.count = count;
    }

    /** Starts a new sequence: the next call draws fresh deviates (e.g. at the first subject of a group). */
    public void restart() {
        pending = null;
    }

    /** The next deviates: fresh ones drawn from {@code rng}, or the negation of the previous fresh ones. */
    public double[] next(SplittableRandom rng) {
        if (pending != null) {
            double[] d = pending;
            pending = null;
            return d;
        }
        double[] d = new double[count];
        pending = new double[count];
        for (int k = 0; k < count; k++) {
            d[k] = Gaussian.next(rng);
            pending[k] = -d[k];
        }
        return d;
    }
}
