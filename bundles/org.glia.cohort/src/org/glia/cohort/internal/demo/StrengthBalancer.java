package org.glia.cohort.internal.demo;

import java.util.Arrays;

/**
 * Rescales a subject's connectome so that every region outside the planted system has a given strength
 * (sum of its edge weights) again, after the planted-system and disease factors changed the edges it shares
 * with planted regions: each such region gets a factor {@code c_i} and every edge becomes
 * {@code w_ij c_i c_j} (planted regions keep {@code c = 1}), which leaves the matrix symmetric. The factors
 * come from a fixed number of symmetric balancing sweeps, {@code c_i <- c_i sqrt(target_i / strength_i)}, so
 * that the result is the same on every machine.
 */
final class StrengthBalancer {

    /**
     * Sweeps: plenty; on the AAL demo (seeds 1-5) the strengths then match their targets to 1e-15, with factors
     * between 0.63 and 1.50 (95 % within 10 % of 1).
     */
    static final int SWEEPS = 100;

    private StrengthBalancer() {
    }

    /**
     * Rescales {@code m} in place.
     *
     * @param m       the n x n symmetric matrix, row-major, zero diagonal
     * @param n       the number of regions
     * @param planted per region, whether it belongs to the planted system (its factor stays 1)
     * @param target  per region, the strength a region outside the system must have
     */
    static void balance(double[] m, int n, boolean[] planted, double[] target) {
        double[] c = new double[n];
        Arrays.fill(c, 1);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 0; i < n; i++) {
                if (planted[i]) {
                    continue;
                }
                double strength = 0;
                for (int j = 0; j < n; j++) {
                    strength += m[i * n + j] * c[i] * c[j];
                }
                if (strength > 0) {
                    c[i] *= Math.sqrt(target[i] / strength);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * n + j] *= c[i] * c[j];
            }
        }
    }
}
