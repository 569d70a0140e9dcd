package org.glia.train.retrain;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.glia.core.nn.Mlp;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.model.nn.MlpConversion;
import org.glia.train.EpochListener;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.Scores;

/**
 * "Retrain": trains the study's working network from its current (edited) weights and records the result as a
 * new {@link ModelVersion} through an undoable edit.
 * <p>
 * Three steps, because EMF models belong to one thread: {@link #snapshot} on the model's thread, {@link #run} on
 * any thread (e.g. an Eclipse Job; cancelling it changes nothing), then {@link Retraining#toEdit} and the command
 * stack on the model's thread again. {@link #retrainNow} does all three on the calling thread.
 */
public final class Retrainer {

    private Retrainer() {
    }

    /** The working network's current weights, copied, as the initial condition of training. */
    public static Mlp snapshot(Study study) {
        return MlpConversion.toMlp(study.getNetwork());
    }

    /**
     * Optionally cross-validates (each fold from {@code initial}), then trains on all subjects from
     * {@code initial}.
     *
     * @param x            raw features, one row per subject; standardised with {@code preprocessor}
     * @param y            classes, in the order of the study's classes (= output nodes)
     * @param folds        number of cross-validation folds; 0 for none
     * @param cvListener   told about the folds (from worker threads)
     * @param listener     told about the epochs of the final training
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public static Retraining run(Trainer trainer, Mlp initial, double[][] x, int[] y, TrainSettings settings,
            int folds, FoldPreprocessor preprocessor, CvListener cvListener, EpochListener listener,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Retraining", folds > 0 ? folds + 1 : 1);
        CvResult cv = null;
        if (folds > 0) {
            cv = CrossValidation.run(trainer, initial, x, y, settings, folds, preprocessor, cvListener,
                    progress.split(folds));
        }
        FeatureScaling scaling = preprocessor.fit(x);
        double[][] scaled = scaling.apply(x);
        TrainResult result = trainer.train(initial, scaled, y, settings, listener, progress.split(1));
        return new Retraining(initial, result, scaling, cv, score(result.network(), scaled, y), settings, folds);
    }

    private static TrainingScores score(Mlp net, double[][] x, int[] y) {
        int classes = net.outputs();
        double[][] p = new double[x.length][];
        int[] predicted = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = net.predict(x[i]);
            predicted[i] = CrossValidation.argmax(p[i]);
        }
        return new TrainingScores(Scores.accuracy(y, predicted), Scores.balancedAccuracy(y, predicted, classes),
                Scores.auc(y, p, classes), Scores.confusion(y, predicted, classes));
    }

    /**
     * Snapshot, run and record on the calling thread (headless use).
     *
     * @return the new version
     * @throws IllegalStateException when the recording edit is refused
     */
    public static ModelVersion retrainNow(Study study, CommandStack stack, Trainer trainer, double[][] x, int[] y,
            TrainSettings settings, int folds, FoldPreprocessor preprocessor, IProgressMonitor monitor) {
        Retraining r = run(trainer, snapshot(study), x, y, settings, folds, preprocessor, CvListener.NONE,
                EpochListener.NONE, monitor);
        ModelEdit edit = r.toEdit(study);
        if (!edit.canExecute()) {
            throw new IllegalStateException(edit.whyNot());
        }
        stack.execute(edit);
        return study.getCurrentVersion();
    }
}
