package org.glia.analysis;

import org.glia.cohort.Standardizer;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldPreprocessor;

/**
 * The cohort's {@link Standardizer} as the trainer's fold preprocessor, so that training and cross-validation fit
 * the z-score on training subjects only and drop features constant over them.
 */
public final class StandardizerScaling {

    /** Fits a {@link Standardizer} on the rows given (a fold's training subjects) and returns its scaling. */
    public static final FoldPreprocessor PREPROCESSOR = StandardizerScaling::fit;

    private StandardizerScaling() {
    }

    /** The z-score scaling of {@link Standardizer#fit(double[][])} on {@code trainingRows}. */
    public static FeatureScaling fit(double[][] trainingRows) {
        Standardizer s = Standardizer.fit(trainingRows);
        double[] mean = new double[s.columns()];
        double[] sd = new double[s.columns()];
        for (int j = 0; j < mean.length; j++) {
            mean[j] = s.mean(j);
            sd[j] = s.sd(j);
        }
        return FeatureScaling.of(mean, sd);
    }
}
