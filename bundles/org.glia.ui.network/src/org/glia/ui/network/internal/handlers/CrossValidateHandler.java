package org.glia.ui.network.internal.handlers;

/**
 * "Cross-validate and Retrain": cross-validates training from the current weights, then retrains on all subjects
 * and records a new version carrying the CV scores.
 */
public final class CrossValidateHandler extends TrainingHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.glia.ui.network.crossValidate";

    @Override
    boolean crossValidate() {
        return true;
    }
}
