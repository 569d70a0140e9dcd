package org.glia.train.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Early stopping's bookkeeping, by the rule of the Java engine: keep the parameters of the epoch with the lowest
 * validation loss (the first epoch always counts as best), stop {@code patience} epochs after it.
 */
final class BestEpoch {

    private final int patience;
    private INDArray params;
    private double loss = Double.POSITIVE_INFINITY;
    private int epoch;

    BestEpoch(int patience) {
        this.patience = patience;
    }

    /**
     * Records the end of {@code current} with its validation loss.
     *
     * @return true when training should stop
     */
    boolean stopAfter(int current, double validationLoss, MultiLayerNetwork net) {
        if (params == null || validationLoss < loss) {
            loss = validationLoss;
            params = net.params().dup();
            epoch = current;
            return false;
        }
        return current - epoch >= patience;
    }

    /** The best epoch so far (0 before any). */
    int epoch() {
        return epoch;
    }

    /** Puts the best epoch's parameters back into {@code net}. */
    void restore(MultiLayerNetwork net) {
        net.setParams(params);
    }
}
