package org.glia.explain.internal;

import org.glia.explain.ImportancePolicy.Negatives;

/** Maps a level's activations to the non-negative values the importance rule works with. */
final class Activations {

    private Activations() {
    }

    /** A new array holding {@code policy.map(a_j)} for every activation. */
    static double[] mapped(double[] a, Negatives policy) {
        double[] out = new double[a.length];
        if (policy == Negatives.ABSOLUTE) {
            for (int j = 0; j < a.length; j++) {
                out[j] = Math.abs(a[j]);
            }
        } else {
            for (int j = 0; j < a.length; j++) {
                out[j] = Math.max(a[j], 0.0);
            }
        }
        return out;
    }
}
