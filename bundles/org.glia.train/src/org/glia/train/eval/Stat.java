package org.glia.train.eval;

/**
 * The mean and sample standard deviation (n - 1) of a value over folds, NaN values left out.
 *
 * @param mean the mean, NaN when no value is defined
 * @param sd   the sample standard deviation, NaN with fewer than two defined values
 */
public record Stat(double mean, double sd) {

    /** Summarises {@code values}, ignoring NaN. */
    public static Stat of(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new Stat(Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        return new Stat(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f \u00b1 %.4f", mean, sd);
    }
}
