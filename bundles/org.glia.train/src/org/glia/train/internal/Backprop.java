package org.glia.train.internal;

import java.util.Arrays;

import org.glia.core.nn.Activation;

/**
 * Forward and backward passes of a mini-batch: the mean softmax cross-entropy, its gradients plus the L2 term,
 * and the number of subjects classified right.
 * <p>
 * Pre-activations are summed exactly as {@code DenseLayer.preActivate} does (bias first, then inputs in order), so
 * a trained network's outputs here equal the forward pass's bit for bit. Buffers are allocated once for the
 * largest batch.
 */
public final class Backprop {

    private final int[] sizes;
    private final int depth;
    private final int capacity;
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] d;
    private final double[][] gw;
    private final double[][] gb;
    private int correct;

    /** Allocates buffers for batches of up to {@code capacity} subjects of a network with these sizes. */
    public Backprop(int[] sizes, int capacity) {
        this.sizes = sizes.clone();
        this.depth = sizes.length - 1;
        this.capacity = capacity;
        z = new double[depth][capacity][];
        a = new double[depth + 1][capacity][];
        d = new double[depth][capacity][];
        gw = new double[depth][];
        gb = new double[depth][];
        for (int k = 0; k < depth; k++) {
            for (int s = 0; s < capacity; s++) {
                z[k][s] = new double[sizes[k + 1]];
                a[k + 1][s] = new double[sizes[k + 1]];
                d[k][s] = new double[sizes[k + 1]];
            }
            gw[k] = new double[sizes[k] * sizes[k + 1]];
            gb[k] = new double[sizes[k + 1]];
        }
    }

    /** The weight gradients of the last {@link #gradient} call, per layer, row-major (live buffers). */
    public double[][] weightGradients() {
        return gw;
    }

    /** The bias gradients of the last {@link #gradient} call, per layer (live buffers). */
    public double[][] biasGradients() {
        return gb;
    }

    /** Subjects classified right by the last {@link #forward} or {@link #gradient}. */
    public int correct() {
        return correct;
    }

    /**
     * Runs subjects {@code idx[from .. to)} forward.
     *
     * @return the sum (not mean) of their cross-entropies
     */
    public double forward(Params p, double[][] x, int[] y, int[] idx, int from, int to) {
        int m = to - from;
        if (m > capacity) {
            throw new IllegalArgumentException("batch of " + m + " exceeds the capacity " + capacity);
        }
        for (int s = 0; s < m; s++) {
            a[0][s] = x[idx[from + s]];
        }
        for (int k = 0; k < depth; k++) {
            layerForward(p, k, m);
        }
        double loss = 0;
        int right = 0;
        double[][] out = a[depth];
        for (int s = 0; s < m; s++) {
            int label = y[idx[from + s]];
            loss -= StrictMath.log(Math.max(out[s][label], Double.MIN_NORMAL));
            if (argmax(out[s]) == label) {
                right++;
            }
        }
        correct = right;
        return loss;
    }

    private void layerForward(Params p, int k, int m) {
        int in = sizes[k];
        int outN = sizes[k + 1];
        double[] w = p.w[k];
        double[] bias = p.b[k];
        Activation act = p.activations[k];
        Parallel.forEach(m, (long) m * in * outN, s -> {
            double[] src = a[k][s];
            double[] zs = z[k][s];
            for (int i = 0, row = 0; i < outN; i++, row += in) {
                double sum = bias[i];
                for (int j = 0; j < in; j++) {
                    sum += w[row + j] * src[j];
                }
                zs[i] = sum;
            }
            double[] as = a[k + 1][s];
            System.arraycopy(zs, 0, as, 0, outN);
            act.apply(as);
        });
    }

    /**
     * Runs subjects {@code idx[from .. to)} forward and back, leaving in the gradient buffers the gradient of
     * their mean cross-entropy plus {@code l2 / 2 * sum(w^2)}.
     *
     * @return the sum (not mean) of their cross-entropies
     */
    public double gradient(Params p, double[][] x, int[] y, int[] idx, int from, int to, double l2) {
        double loss = forward(p, x, y, idx, from, to);
        int m = to - from;
        double inv = 1.0 / m;
        int outN = sizes[depth];
        for (int s = 0; s < m; s++) {
            double[] ds = d[depth - 1][s];
            double[] ps = a[depth][s];
            int label = y[idx[from + s]];
            for (int i = 0; i < outN; i++) {
                ds[i] = (ps[i] - (i == label ? 1 : 0)) * inv;
            }
        }
        for (int k = depth - 1; k >= 0; k--) {
            weightGradient(p, k, m, l2);
            if (k > 0) {
                propagate(p, k, m);
            }
        }
        return loss;
    }

    private void weightGradient(Params p, int k, int m, double l2) {
        int in = sizes[k];
        int outN = sizes[k + 1];
        double[] g = gw[k];
        double[] w = p.w[k];
        double[] gbk = gb[k];
        Parallel.forEach(outN, (long) m * in * outN, i -> {
            int row = i * in;
            Arrays.fill(g, row, row + in, 0.0);
            double bsum = 0;
            for (int s = 0; s < m; s++) {
                double di = d[k][s][i];
                if (di != 0) {
                    double[] src = a[k][s];
                    for (int j = 0; j < in; j++) {
                        g[row + j] += di * src[j];
                    }
                    bsum += di;
                }
            }
            gbk[i] = bsum;
            if (l2 != 0) {
                for (int j = 0; j < in; j++) {
                    g[row + j] += l2 * w[row + j];
                }
            }
        });
    }

    /** Turns the deltas of layer {@code k} into those of layer {@code k - 1}. */
    private void propagate(Params p, int k, int m) {
        int in = sizes[k];
        int outN = sizes[k + 1];
        double[] w = p.w[k];
        Activation below = p.activations[k - 1];
        Parallel.forEach(m, (long) m * in * outN, s -> {
            double[] dst = d[k - 1][s];
            Arrays.fill(dst, 0.0);
            double[] ds = d[k][s];
            for (int i = 0, row = 0; i < outN; i++, row += in) {
                double di = ds[i];
                if (di != 0) {
                    for (int j = 0; j < in; j++) {
                        dst[j] += di * w[row + j];
                    }
                }
            }
            double[] zs = z[k - 1][s];
            double[] as = a[k][s];
            for (int j = 0; j < in; j++) {
                dst[j] *= below.derivative(zs[j], as[j]);
            }
        });
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
