package org.glia.ui.cohort.internal;

import java.util.Arrays;

/**
 * One class's values of a feature, summarised for the distribution plot and its table: n, mean, sample standard
 * deviation, quartiles (linear interpolation between order statistics) and Tukey whiskers (the most extreme
 * values within 1.5 interquartile ranges of the box).
 *
 * @param name   the class (diagnosis)
 * @param values the values, ascending
 * @param mean   their mean (NaN when there are none)
 * @param sd     their sample standard deviation (NaN for fewer than two)
 * @param q1     the first quartile
 * @param median the median
 * @param q3     the third quartile
 * @param low    the lower whisker's end
 * @param high   the upper whisker's end
 */
public record ClassStats(String name, double[] values, double mean, double sd, double q1, double median, double q3,
        double low, double high) {

    /** Summarises {@code values} (copied and sorted; NaN values are left out). */
    public static ClassStats of(String name, double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return new ClassStats(name, v, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
        double q1 = quantile(v, 0.25);
        double q3 = quantile(v, 0.75);
        double reach = 1.5 * (q3 - q1);
        double low = v[0];
        double high = v[n - 1];
        for (double x : v) {
            if (x >= q1 - reach) {
                low = x;
                break;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (v[i] <= q3 + reach) {
                high = v[i];
                break;
            }
        }
        return new ClassStats(name, v, mean, sd, q1, quantile(v, 0.5), q3, low, high);
    }

    /** The {@code p}-quantile of ascending values, interpolating linearly between neighbours. */
    static double quantile(double[] ascending, double p) {
        double h = (ascending.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, ascending.length - 1);
        return ascending[lo] + (h - lo) * (ascending[hi] - ascending[lo]);
    }

    /** How many values. */
    public int n() {
        return values.length;
    }

    /** True for a value drawn as an outlier (beyond the whiskers). */
    public boolean outlier(double x) {
        return x < low || x > high;
    }
}
