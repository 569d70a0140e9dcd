package org.glia.ui.network.internal.training;

/**
 * What a training command runs before the final training on all subjects, and so what the figures recorded on the
 * new version mean.
 */
public enum TrainingMode {

    /** No cross-validation: the version carries its training-set scores. */
    RETRAIN(false),
    /**
     * Cross-validates the edited architecture: every fold trains from fresh seeded weights on its own training
     * subjects, so no weight has seen a fold's test subjects (an honest estimate).
     */
    CROSS_VALIDATE(true),
    /**
     * Cross-validates training from the working weights. Once the network has been trained, those weights have
     * seen every subject, each fold's test subjects included, so the estimate is optimistic.
     */
    CROSS_VALIDATE_FROM_WEIGHTS(true);

    private final boolean crossValidates;

    TrainingMode(boolean crossValidates) {
        this.crossValidates = crossValidates;
    }

    /** True when the mode cross-validates before the final training. */
    public boolean crossValidates() {
        return crossValidates;
    }
}
