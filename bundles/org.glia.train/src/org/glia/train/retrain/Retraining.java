package org.glia.train.retrain;

import java.util.Date;

import org.glia.core.nn.Mlp;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.NetworkEdits;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.internal.VersionRecords;

/**
 * The outcome of a retraining, ready to be recorded as a new model version by an undoable edit.
 *
 * @param initial  the weights training started from (the edited network)
 * @param result   the training on all subjects
 * @param scaling  the input standardisation fitted on all subjects
 * @param cv       the cross-validation, or null when none was run
 * @param training the training-set scores of the trained network (used as the version's metrics without CV)
 * @param settings the settings used
 * @param folds    the number of folds, 0 without CV
 */
public record Retraining(Mlp initial, TrainResult result, FeatureScaling scaling, CvResult cv, TrainingScores training,
        TrainSettings settings, int folds) {

    /**
     * The edit that writes the trained weights into {@code study}'s working network and records the version
     * (parent, pending edits, settings, metrics, now as timestamp). Call on the thread that owns the model and run
     * it on the command stack; it is refused if the network was edited since training started.
     */
    public ModelEdit toEdit(Study study) {
        return NetworkEdits.recordVersion(study, initial, result.network(), scaling.shift(), scaling.scale(),
                VersionRecords.settings(settings, folds), VersionRecords.metrics(this), new Date());
    }
}
