package org.glia.train.internal;

/**
 * The Adam optimiser (Kingma and Ba), in the form with the bias corrections folded into the step size, as
 * DeepLearning4J applies it: {@code w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)}.
 */
public final class Adam {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[][] mw;
    private final double[][] vw;
    private final double[][] mb;
    private final double[][] vb;
    private int t;

    /** Creates fresh optimiser state (zero moments) for parameters shaped like {@code p}. */
    public Adam(Params p, double learningRate) {
        this.learningRate = learningRate;
        mw = zeros(p.w);
        vw = zeros(p.w);
        mb = zeros(p.b);
        vb = zeros(p.b);
    }

    private static double[][] zeros(double[][] like) {
        double[][] z = new double[like.length][];
        for (int k = 0; k < like.length; k++) {
            z[k] = new double[like[k].length];
        }
        return z;
    }

    /** Applies one update with gradients {@code gw}, {@code gb} to {@code p}. */
    public void step(Params p, double[][] gw, double[][] gb) {
        t++;
        double alpha = learningRate * Math.sqrt(1 - StrictMath.pow(BETA2, t)) / (1 - StrictMath.pow(BETA1, t));
        for (int k = 0; k < p.w.length; k++) {
            update(p.w[k], gw[k], mw[k], vw[k], alpha);
            update(p.b[k], gb[k], mb[k], vb[k], alpha);
        }
    }

    private static void update(double[] w, double[] g, double[] m, double[] v, double alpha) {
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
            v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + EPSILON);
        }
    }
}
