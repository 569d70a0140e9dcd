package org.glia.train.eval;

/**
 * Fits the input standardisation on the training subjects of a fold only (never on its test subjects), e.g. a
 * z-score; adapt any standardiser (such as the cohort's {@code Standardizer}) with a lambda returning a
 * {@link FeatureScaling}, e.g. {@code FeatureScaling.of(means, sds)}.
 */
@FunctionalInterface
public interface FoldPreprocessor {

    /** Leaves the features as they are. */
    FoldPreprocessor NONE = x -> FeatureScaling.identity(x[0].length);

    /**
     * Z-scores every feature with the training mean and population standard deviation; features constant over the
     * training subjects are dropped (always 0), as {@code org.glia.cohort.Standardizer} does.
     */
    FoldPreprocessor Z_SCORE = FoldPreprocessor::zScore;

    /** The scaling fitted on {@code train} (one row per subject, at least one row). */
    FeatureScaling fit(double[][] train);

    /**
     * The z-score scaling of {@code x}: mean and population standard deviation per feature; a feature whose
     * deviation is at most 1e-12 of its mean's magnitude counts as constant and is dropped.
     */
    static FeatureScaling zScore(double[][] x) {
        int n = x.length;
        int f = x[0].length;
        double[] mean = new double[f];
        double[] sd = new double[f];
        for (double[] row : x) {
            for (int i = 0; i < f; i++) {
                mean[i] += row[i];
            }
        }
        for (int i = 0; i < f; i++) {
            mean[i] /= n;
        }
        for (double[] row : x) {
            for (int i = 0; i < f; i++) {
                double d = row[i] - mean[i];
                sd[i] += d * d;
            }
        }
        for (int i = 0; i < f; i++) {
            sd[i] = Math.sqrt(sd[i] / n);
            if (sd[i] <= 1e-12 * Math.abs(mean[i])) {
                sd[i] = 0;
            }
        }
        return FeatureScaling.of(mean, sd);
    }
}
