package org.glia.ui.training.internal.live;

/**
 * The per-epoch curves of one training of a run: a cross-validation fold or the final training on all subjects.
 * Arrays have one value per epoch seen; validation values are NaN without early stopping.
 *
 * @param fold               the fold number from 0, or {@link #FINAL} for the final training
 * @param epochs             the epoch numbers, from 1
 * @param loss               training loss
 * @param accuracy           training accuracy
 * @param validationLoss     validation loss
 * @param validationAccuracy validation accuracy
 */
public record Series(int fold, double[] epochs, double[] loss, double[] accuracy, double[] validationLoss,
        double[] validationAccuracy) {

    /** The fold number of the final training. */
    public static final int FINAL = -1;

    /** The number of epochs seen. */
    public int length() {
        return epochs.length;
    }

    /** True when this is the final training on all subjects. */
    public boolean isFinal() {
        return fold == FINAL;
    }

    /** True when at least one epoch has a validation value. */
    public boolean hasValidation() {
        for (int i = 0; i < validationLoss.length; i++) {
            if (!Double.isNaN(validationLoss[i]) || !Double.isNaN(validationAccuracy[i])) {
                return true;
            }
        }
        return false;
    }

    /** The loss of the last epoch seen, NaN before the first. */
    public double lastLoss() {
        return loss.length == 0 ? Double.NaN : loss[loss.length - 1];
    }
}
