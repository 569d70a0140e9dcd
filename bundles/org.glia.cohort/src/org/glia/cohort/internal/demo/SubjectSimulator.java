package org.glia.cohort.internal.demo;

import java.util.SplittableRandom;

import org.glia.cohort.demo.DemoSettings;

/**
 * Draws one subject's connectome from the base network: a whole-brain factor, a factor per region, noise
 * per edge and a few missing edges; every edge end at a planted region is further scaled by the subject's
 * planted-system factor and weakened by the disease, {@code (1 - adEffect * severity)}. Then every region
 * outside the planted system gets a factor on all its edges ({@link StrengthBalancer}) so that it keeps the
 * strength it had before those two factors: the system's variation and the disease show in the planted
 * regions' strengths, not in those of their neighbours through the edges they share.
 */
public final class SubjectSimulator {

    /** Index of the planted-system factor's deviate in the subject's paired deviates. */
    public static final int SYSTEM = 0;
    /** Index of the severity's deviate. */
    public static final int SEVERITY = 1;
    /** Index of the whole-brain factor's deviate. */
    public static final int GLOBAL = 2;
    /** Number of paired deviates per subject. */
    public static final int PAIRED = 3;

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

    /**
     * The subject's matrix row by row, values rounded by {@link NumberText#round(double)}.
     *
     * @param severity the disease severity (0 for HC)
     * @param paired   the subject's paired standard normal deviates, indexed by {@link #GLOBAL} and
     *                 {@link #SYSTEM}
     * @param rng      the subject's own random stream (region factors, edge noise, missing edges)
     */
    public double[] simulate(double severity, double[] paired, SplittableRandom rng) {
        int n = base.size();
        double global = StrictMath.exp(s.globalNoise() * paired[GLOBAL]);
        double[] region = new double[n];
        for (int i = 0; i < n; i++) {
            region[i] = Gaussian.factor(rng, s.regionNoise());
        }
        double system = StrictMath.exp(s.systemNoise() * paired[SYSTEM]);
        double disease = Math.max(0, 1 - s.adEffect() * severity);
        double[] m = new double[n * n];
        double[] before = new double[n];
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
                before[i] += w;
                before[j] += w;
                int ends = (planted[i] ? 1 : 0) + (planted[j] ? 1 : 0);
                if (ends == 2) {
                    w *= disease * disease * system * system;
                } else if (ends == 1) {
                    w *= disease * system;
                }
                m[i * n + j] = w;
                m[j * n + i] = w;
            }
        }
        StrengthBalancer.balance(m, n, planted, before);
        for (int k = 0; k < m.length; k++) {
            m[k] = NumberText.round(m[k]);
        }
        return m;
    }
}
