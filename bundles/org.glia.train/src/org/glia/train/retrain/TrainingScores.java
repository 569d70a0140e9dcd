package org.glia.train.retrain;

/**
 * Scores of a trained network on the subjects it was trained on (optimistic; for a quick look, not evaluation).
 *
 * @param accuracy         training accuracy
 * @param balancedAccuracy training balanced accuracy
 * @param auc              training AUC, NaN when undefined
 * @param confusion        training confusion matrix, rows = true class
 */
public record TrainingScores(double accuracy, double balancedAccuracy, double auc, int[][] confusion) {
}
