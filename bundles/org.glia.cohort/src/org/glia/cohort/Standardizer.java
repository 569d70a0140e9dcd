package org.glia.cohort;

import java.util.Arrays;

/**
 * Z-scores feature columns with means and standard deviations fitted on training rows only, then applied
 * unchanged to any rows (training, validation, test), so no information leaks from held-out subjects.
 * <p>
 * The standard deviation is the population one (divided by n). A column that is constant over the
 * training rows (standard deviation at most 1e-12 times its mean's magnitude, or exactly 0) carries nothing
 * a model could learn from the training data; it is mapped to 0 for every row, training or not.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] sd;

    private Standardizer(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    /** Fits on every row of {@code trainingRows} (at least one row, all of equal length). */
    public static Standardizer fit(double[][] trainingRows) {
        int[] all = new int[trainingRows.length];
        Arrays.setAll(all, i -> i);
        return fit(trainingRows, all);
    }

    /** Fits on the rows of {@code data} listed in {@code trainingRows} only. */
    public static Standardizer fit(double[][] data, int[] trainingRows) {
        if (trainingRows.length == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        int d = data[trainingRows[0]].length;
        double[] mean = new double[d];
        for (int r : trainingRows) {
            if (data[r].length != d) {
                throw new IllegalArgumentException("row " + r + " has " + data[r].length + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                mean[j] += data[r][j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= trainingRows.length;
        }
        double[] sd = new double[d];
        for (int r : trainingRows) {
            for (int j = 0; j < d; j++) {
                double x = data[r][j] - mean[j];
                sd[j] += x * x;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / trainingRows.length);
            if (sd[j] <= 1e-12 * Math.abs(mean[j])) {
                sd[j] = 0;
            }
        }
        return new Standardizer(mean, sd);
    }

    /** Number of feature columns. */
    public int columns() {
        return mean.length;
    }

    /** The training mean of a column. */
    public double mean(int column) {
        return mean[column];
    }

    /** The training standard deviation of a column (0 for a constant column). */
    public double sd(int column) {
        return sd[column];
    }

    /** True when the column was constant over the training rows (always mapped to 0). */
    public boolean isConstant(int column) {
        return sd[column] == 0;
    }

    /** The standardised copy of one row. */
    public double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException(row.length + " values, fitted on " + mean.length);
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = sd[j] == 0 ? 0 : (row[j] - mean[j]) / sd[j];
        }
        return out;
    }

    /** The standardised copies of many rows. */
    public double[][] apply(double[][] rows) {
        return Arrays.stream(rows).map(this::apply).toArray(double[][]::new);
    }
}
