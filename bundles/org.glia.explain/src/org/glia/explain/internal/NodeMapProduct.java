package org.glia.explain.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The all-nodes form of the paper's rule: the region maps of level {@code k + 1} are the normalised matrix of
 * layer {@code k} times those of level {@code k}, {@code M^(k+1) = P^k M^k} with
 * {@code P^k_ij = |W_ij| A_j / sum_l |W_il| A_l}. Output rows are independent, so threads change no bit.
 */
public final class NodeMapProduct {

    /** Output rows computed together; with 278 features eight rows and four input rows fit in L1. */
    private static final int ROWS = 8;

    private NodeMapProduct() {
    }

    /**
     * Level 1: every node's map is its own normalised row.
     *
     * @param absRows |W| of layer 0 by row
     * @param a       policy-mapped input activations
     * @param spread  true to spread zero-denominator nodes evenly, false to drop them (zero row)
     * @param parallel true to use several threads (the result is the same)
     */
    public static double[][] first(double[][] absRows, double[] a, boolean spread, boolean parallel) {
        double[][] out = new double[absRows.length][a.length];
        IntStream rows = IntStream.range(0, absRows.length);
        (parallel ? rows.parallel() : rows).forEach(i -> {
            double den = RowKernels.dot(absRows[i], a);
            if (den > 0) {
                RowKernels.scaledProduct(1.0 / den, absRows[i], a, out[i]);
            } else if (spread) {
                Arrays.fill(out[i], 1.0 / a.length);
            }
        });
        return out;
    }

    /** Level {@code k + 1} from level {@code k}: {@code out = P below}; denominators are computed on the way. */
    public static double[][] next(double[][] absRows, double[] a, double[][] below, boolean spread,
            boolean parallel) {
        int features = below[0].length;
        int m = absRows.length;
        double[][] out = new double[m][features];
        int[] live = liveColumns(a);
        double[] evenly = spread ? columnMean(below) : new double[features];
        IntStream blocks = IntStream.range(0, (m + ROWS - 1) / ROWS);
        (parallel ? blocks.parallel() : blocks).forEach(b -> {
            int from = b * ROWS;
            int to = Math.min(m, from + ROWS);
            block(absRows, a, live, below, evenly, out, from, to);
        });
        return out;
    }

    /**
     * Output rows {@code from .. to-1}: {@code out_i = sum_j p_ij below[j]} over the live columns, four columns at
     * a time. The rows of a block share each sweep over {@code below}, which then comes from L1 instead of L3.
     */
    private static void block(double[][] absRows, double[] a, int[] live, double[][] below, double[] evenly,
            double[][] out, int from, int to) {
        int m = live.length;
        // Coefficients of the live columns only, packed so that the sweep below reads them in order. Columns
        // with zero activation add nothing to a denominator either, so it is summed over the live ones.
        double[][] p = new double[to - from][m];
        for (int i = from; i < to; i++) {
            double[] abs = absRows[i];
            double[] pr = p[i - from];
            double den = 0;
            for (int q = 0; q < m; q++) {
                int j = live[q];
                den += abs[j] * a[j];
            }
            if (den > 0) {
                double inv = 1.0 / den;
                for (int q = 0; q < m; q++) {
                    int j = live[q];
                    pr[q] = abs[j] * a[j] * inv;
                }
            } else {
                System.arraycopy(evenly, 0, out[i], 0, evenly.length); // and p stays zero
            }
        }
        int q = 0;
        for (; q + 3 < m; q += 4) {
            double[] b0 = below[live[q]];
            double[] b1 = below[live[q + 1]];
            double[] b2 = below[live[q + 2]];
            double[] b3 = below[live[q + 3]];
            for (int r = 0; r < p.length; r++) {
                double[] pr = p[r];
                RowKernels.axpy4(pr[q], b0, pr[q + 1], b1, pr[q + 2], b2, pr[q + 3], b3, out[from + r]);
            }
        }
        for (; q < m; q++) {
            for (int r = 0; r < p.length; r++) {
                RowKernels.axpy(p[r][q], below[live[q]], out[from + r]);
            }
        }
    }

    /** Indices of non-zero activations: columns with zero activation contribute nothing to any row. */
    private static int[] liveColumns(double[] a) {
        return IntStream.range(0, a.length).filter(j -> a[j] != 0).toArray();
    }

    private static double[] columnMean(double[][] rows) {
        double[] mean = new double[rows[0].length];
        for (double[] row : rows) {
            RowKernels.axpy(1.0, row, mean);
        }
        for (int t = 0; t < mean.length; t++) {
            mean[t] /= rows.length;
        }
        return mean;
    }
}
