package org.glia.cohort.internal.demo;

import java.util.SplittableRandom;

import org.glia.cohort.demo.DemoSettings;

/**
 * Draws one subject's connectome from the base network: a whole-brain factor, a factor per region, noise
 * per edge and a few missing edges; every edge end at a planted region is further scaled by the subject's
 * planted-system factor and weakened by the disease, {@code (1 - adEffect * severity)}.
 */
public final class SubjectSimulator {

    private final BaseNetwork base;
    private final boolean[] planted;
    private final DemoSettings s;

    /**
     * @param base    the base network
     * @param planted per region, whether the disease acts on it
     * @param s       the settings
     */
    public SubjectSimulator(BaseNetwork base, boolean[] planted, DemoSettings s) {
        this.base = base;
        this.planted = planted.clone();
        this.s = s;
    }

    /** The subject's matrix row by row, values rounded by {@link NumberText#round(double)}. */
    public double[] simulate(double severity, SplittableRandom rng) {
        int n = base.size();
        double global = Gaussian.factor(rng, s.globalNoise());
        double[] region = new double[n];
        for (int i = 0; i < n; i++) {
            region[i] = Gaussian.factor(rng, s.regionNoise());
        }
        double system = Gaussian.factor(rng, s.systemNoise());
        double keep = Math.max(0, 1 - s.adEffect() * severity) * system;
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double b = base.weight(i, j);
                if (b == 0) {
                    continue;
                }
                double noise = Gaussian.factor(rng, s.edgeNoise());
                if (rng.nextDouble() < s.dropout()) {
                    continue;
                }
                double w = b * global * region[i] * region[j] * noise;
                if (planted[i]) {
                    w *= keep;
                }
                if (planted[j]) {
                    w *= keep;
                }
                w = NumberText.round(w);
                m[i * n + j] = w;
                m[j * n + i] = w;
            }
        }
        return m;
    }
}
