package org.glia.train.eval;

/**
 * The test outcome of one cross-validation fold.
 *
 * @param fold             the fold number, from 0
 * @param test             the indices of its test subjects (sorted)
 * @param predicted        the predicted class of each test subject
 * @param probabilities    the class probabilities of each test subject
 * @param accuracy         test accuracy
 * @param balancedAccuracy test balanced accuracy
 * @param auc              test AUC (binary, or mean one-vs-rest), NaN when undefined
 * @param confusion        test confusion matrix, rows = true class
 * @param epochs           epochs trained (fewer than asked after early stopping)
 */
public record FoldResult(int fold, int[] test, int[] predicted, double[][] probabilities, double accuracy,
        double balancedAccuracy, double auc, int[][] confusion, int epochs) {
}
