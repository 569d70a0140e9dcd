package org.glia.ui.network.internal.handlers;

import org.glia.ui.network.internal.training.TrainingMode;

/** "Retrain": trains the network from its current weights on the study's cohort and records a new version. */
public final class RetrainHandler extends TrainingHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.glia.ui.network.retrain";

    @Override
    TrainingMode mode() {
        return TrainingMode.RETRAIN;
    }
}
