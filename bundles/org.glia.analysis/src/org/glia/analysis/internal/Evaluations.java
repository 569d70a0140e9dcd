package org.glia.analysis.internal;

import org.eclipse.emf.common.command.Command;
import org.glia.core.nn.Mlp;
import org.glia.model.ModelVersion;
import org.glia.train.TrainSettings;
import org.glia.train.eval.CvResult;
import org.glia.train.retrain.Retraining;

/** The bookkeeping that ties a cv step's result to the version it evaluates. */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * A cross-validation run before any train step on the current weights: the next train step stores it on its
     * version when it starts from exactly these weights with the same settings.
     *
     * @param step     the cv step's number
     * @param initial  the weights every fold started from
     * @param cv       the result
     * @param settings the settings the folds trained with (their seed is the cv seed)
     * @param folds    the number of folds
     */
    public record Pending(int step, Mlp initial, CvResult cv, TrainSettings settings, int folds) {
    }

    /**
     * A training this run recorded: the edit on the command stack, what it recorded and the version made.
     *
     * @param edit       the command that recorded the version (the top of the undo stack right after the train)
     * @param retraining the training, with its initial weights and settings
     * @param version    the version recorded
     */
    public record LastTraining(Command edit, Retraining retraining, ModelVersion version) {
    }
}
