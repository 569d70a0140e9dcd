package org.glia.explain.internal;

/**
 * Inner loops over whole rows. Every array is indexed by the same loop variable, which lets the JIT vectorise
 * the element-wise loops (an offset into a flat matrix would stop it: it could not rule out aliasing).
 */
public final class RowKernels {

    private RowKernels() {
    }

    /** {@code sum_j x[j] * y[j]}, four partial sums for instruction-level parallelism. */
    public static double dot(double[] x, double[] y) {
        int n = x.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += x[j] * y[j];
            s1 += x[j + 1] * y[j + 1];
            s2 += x[j + 2] * y[j + 2];
            s3 += x[j + 3] * y[j + 3];
        }
        for (; j < n; j++) {
            s0 += x[j] * y[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[t] += c * x[t]}. */
    public static void axpy(double c, double[] x, double[] y) {
        for (int t = 0; t < y.length; t++) {
            y[t] += c * x[t];
        }
    }

    /** {@code y[t] += c0 x0[t] + c1 x1[t] + c2 x2[t] + c3 x3[t]}: four rows for one load and store of {@code y}. */
    public static void axpy4(double c0, double[] x0, double c1, double[] x1, double c2, double[] x2, double c3,
            double[] x3, double[] y) {
        for (int t = 0; t < y.length; t++) {
            y[t] += c0 * x0[t] + c1 * x1[t] + c2 * x2[t] + c3 * x3[t];
        }
    }

    /** {@code y[t] *= x[t]}. */
    public static void multiply(double[] y, double[] x) {
        for (int t = 0; t < y.length; t++) {
            y[t] *= x[t];
        }
    }

    /** {@code y[t] = c * x[t] * z[t]}. */
    public static void scaledProduct(double c, double[] x, double[] z, double[] y) {
        for (int t = 0; t < y.length; t++) {
            y[t] = c * x[t] * z[t];
        }
    }

    /** {@code y[t] = |y[t]|}. */
    public static void abs(double[] y) {
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.abs(y[t]);
        }
    }

    /** {@code y[t] += c}. */
    public static void addConstant(double c, double[] y) {
        for (int t = 0; t < y.length; t++) {
            y[t] += c;
        }
    }
}
