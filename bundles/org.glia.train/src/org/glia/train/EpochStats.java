package org.glia.train;

/**
 * What one epoch achieved, for live charts: training values are the means over the epoch's mini-batches (before
 * each batch's update); validation values are NaN without early stopping.
 *
 * @param epoch              the epoch number, from 1
 * @param loss               mean cross-entropy on the training subjects (without the L2 term)
 * @param accuracy           share of training subjects classified right
 * @param validationLoss     mean cross-entropy on the validation subjects after the epoch
 * @param validationAccuracy share of validation subjects classified right after the epoch
 */
public record EpochStats(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy) {
}
