package org.glia.ui.network.internal.bench;

import java.util.Arrays;

/**
 * A summary of measured times in milliseconds: median, 95th and 99th percentile (nearest rank) and maximum.
 *
 * @param median the median
 * @param p95    the 95th percentile
 * @param p99    the 99th percentile
 * @param max    the largest time
 * @param count  how many times were measured
 */
public record Timing(double median, double p95, double p99, double max, int count) {

    /**
     * Summarises {@code millis} (not changed).
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Timing of(double[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no times measured");
        }
        double[] s = millis.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new Timing(median, rank(s, 0.95), rank(s, 0.99), s[n - 1], n);
    }

    /** Frames per second at the median time. */
    public double perSecond() {
        return 1000 / median;
    }

    /** The nearest-rank percentile {@code q} of sorted values. */
    private static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
