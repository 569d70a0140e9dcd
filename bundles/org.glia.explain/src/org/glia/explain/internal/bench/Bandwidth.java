package org.glia.explain.internal.bench;

import org.eclipse.core.runtime.IProgressMonitor;

/** Measures the single-thread streaming read bandwidth of this machine: a sum over an array far larger than cache. */
final class Bandwidth {

    private Bandwidth() {
    }

    /**
     * Bytes per nanosecond (= GB/s) reading {@code doubles} doubles once, from the fastest of several runs: the
     * machine's capability, so that fractions of it are not flattered by a slow sample.
     */
    static double readGBs(int doubles, int samples, IProgressMonitor monitor) {
        double[] data = new double[doubles];
        for (int i = 0; i < doubles; i++) {
            data[i] = i & 1023;
        }
        double ns = Stopwatch.sortedNanos(() -> sum(data), samples, 0, monitor)[0];
        return doubles * 8.0 / ns;
    }

    /** A plain streaming sum; independent partial sums so the adds never wait on each other. */
    static double sum(double[] a) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
