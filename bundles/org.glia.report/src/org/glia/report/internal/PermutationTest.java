package org.glia.report.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.Stat;
import org.glia.train.eval.StratifiedSplit;

/**
 * A label-permutation test of the cross-validated accuracy: the whole cross-validation (same network, settings
 * and fold procedure) is repeated on randomly permuted diagnoses, and the p-value is the share of permutations
 * that reach the observed accuracy, counting the observed labelling itself: {@code (1 + #{null >= observed}) /
 * (1 + permutations)}.
 *
 * @param permutations   the number of permutations
 * @param observed       the accuracy with the true labels
 * @param nullAccuracies the mean CV accuracy of every permutation
 * @param pValue         the permutation p-value
 */
public record PermutationTest(int permutations, double observed, double[] nullAccuracies, double pValue) {

    /** Salt separating the permutation stream from the other uses of the seed. */
    private static final long SALT = 0x9E3779B97F4A7C15L;
    /** Accuracies equal up to summation order count as reached. */
    private static final double TIE = 1e-12;

    /**
     * Runs the test, reporting every tenth of the way on {@code log}.
     *
     * @throws OperationCanceledException when cancelled
     */
    public static PermutationTest run(Trainer trainer, Mlp initial, double[][] x, int[] y, TrainSettings settings,
            int folds, double observed, int permutations, PrintStream log, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Permutation test", permutations);
        SplittableRandom root = new SplittableRandom(settings.seed() ^ SALT);
        double[] nulls = new double[permutations];
        int reached = 0;
        int step = Math.max(1, permutations / 10);
        for (int p = 0; p < permutations; p++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int[] shuffled = y.clone();
            StratifiedSplit.shuffle(shuffled, root.split());
            nulls[p] = CrossValidation.run(trainer, initial, x, shuffled, settings, folds, FoldPreprocessor.Z_SCORE,
                    CvListener.NONE, progress.split(1)).accuracy().mean();
            if (nulls[p] >= observed - TIE) {
                reached++;
            }
            if ((p + 1) % step == 0 || p + 1 == permutations) {
                log.println(String.format(Locale.ROOT, "analyze: permutation %d/%d, null accuracy %.3f so far, p = %.4f so far",
                        p + 1, permutations, Stat.of(java.util.Arrays.copyOf(nulls, p + 1)).mean(),
                        (1.0 + reached) / (p + 2)));
            }
        }
        return new PermutationTest(permutations, observed, nulls, (1.0 + reached) / (1.0 + permutations));
    }

    /** The mean and standard deviation of the null accuracies. */
    public Stat nullStat() {
        return Stat.of(nullAccuracies);
    }
}
