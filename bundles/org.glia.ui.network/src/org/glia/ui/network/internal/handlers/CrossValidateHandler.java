package org.glia.ui.network.internal.handlers;

import org.glia.ui.network.internal.training.TrainingMode;

/**
 * "Cross-validate and Retrain": cross-validates the edited architecture (every fold trains from fresh seeded
 * weights, so no test subject has been seen), then retrains on all subjects from the working weights and records
 * a new version carrying the CV scores.
 */
public final class CrossValidateHandler extends TrainingHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.glia.ui.network.crossValidate";

    @Override
    TrainingMode mode() {
        return TrainingMode.CROSS_VALIDATE;
    }
}
