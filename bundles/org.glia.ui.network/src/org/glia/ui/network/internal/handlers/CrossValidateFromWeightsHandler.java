package org.glia.ui.network.internal.handlers;

import org.glia.ui.network.internal.training.TrainingMode;

/**
 * "Cross-validate from Working Weights (Optimistic)": as {@link CrossValidateHandler}, but every fold starts from
 * the working weights, as the paper's retraining does. Once the network has been trained those weights have seen
 * every subject, so the scores are optimistic; the result text and the version's note say so.
 */
public final class CrossValidateFromWeightsHandler extends TrainingHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.glia.ui.network.crossValidateFromWeights";

    @Override
    TrainingMode mode() {
        return TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS;
    }
}
