package org.glia.ui.network.internal.training;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.osgi.util.NLS;
import org.glia.core.nn.Mlp;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.train.EpochListener;
import org.glia.train.EpochStats;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.FoldResult;
import org.glia.train.jobs.RetrainJob;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.internal.Messages;

/**
 * The training of a Retrain or Cross-validate command as a Job: the cross-validation its mode asks for (folds from
 * fresh weights, or from the working weights), then the final training on all subjects from the working weights.
 * It never touches the model; {@link #apply} records the result as one undoable edit on the model's thread.
 * <p>
 * It belongs to {@link RetrainJob#FAMILY}, so cancelling or joining Glia's training jobs covers it.
 */
public final class TrainingJob extends Job {

    private final TrainingMode mode;
    private final Trainer trainer;
    private final Mlp initial;
    private final double[][] x;
    private final int[] y;
    private final TrainSettings settings;
    private final int folds;
    private final FoldPreprocessor preprocessor;
    private final TrainingAnnouncer announcer;
    private volatile Retraining result;

    /**
     * @param initial the working weights (the final training starts from them; folds too in
     *                {@link TrainingMode#CROSS_VALIDATE_FROM_WEIGHTS})
     * @param x       raw features, one row per subject (standardised per fold by {@code preprocessor})
     * @param y       classes in output-node order
     * @param folds   cross-validation folds, 0 for none
     */
    TrainingJob(String name, TrainingMode mode, Trainer trainer, Mlp initial, double[][] x, int[] y,
            TrainSettings settings, int folds, FoldPreprocessor preprocessor, TrainingAnnouncer announcer) {
        super(name);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.initial = Objects.requireNonNull(initial, "initial");
        this.x = x;
        this.y = y;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.folds = folds;
        this.preprocessor = Objects.requireNonNull(preprocessor, "preprocessor");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        setUser(true);
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = train(mode, trainer, initial, x, y, settings, folds, preprocessor, progress(monitor),
                    monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // the user reads the message; the stack trace goes to the error log, never into a dialog
            String message = NLS.bind(Messages.trainError, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            ILog.of(TrainingJob.class).error(message, e);
            return Status.error(message);
        } finally {
            monitor.done();
        }
    }

    /**
     * Cross-validates as {@code mode} says, then trains on all subjects from {@code initial}; callable from any
     * thread (this job's work, also for tests).
     *
     * @param events told about every epoch (fold -1: the final training) and fold
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static Retraining train(TrainingMode mode, Trainer trainer, Mlp initial, double[][] x, int[] y,
            TrainSettings settings, int folds, FoldPreprocessor preprocessor, CvListener events,
            IProgressMonitor monitor) {
        int cvFolds = mode.crossValidates() ? folds : 0;
        SubMonitor progress = SubMonitor.convert(monitor, cvFolds + 1);
        CvResult cv = null;
        if (cvFolds > 0) {
            Trainer folding = mode == TrainingMode.CROSS_VALIDATE ? new FreshStartTrainer(trainer) : trainer;
            cv = CrossValidation.run(folding, initial, x, y, settings, cvFolds, preprocessor, events,
                    progress.split(cvFolds));
        }
        EpochListener finalEpochs = s -> events.epochEnded(-1, s);
        Retraining r = Retrainer.run(trainer, initial, x, y, settings, 0, preprocessor, CvListener.NONE,
                finalEpochs, progress.split(1));
        return cv == null ? r
                : new Retraining(r.initial(), r.result(), r.scaling(), cv, r.training(), r.settings(), cvFolds);
    }

    /** Shows fold, epoch and loss in the progress line and hands every event to the announcer. */
    private CvListener progress(IProgressMonitor monitor) {
        return new CvListener() {
            @Override
            public void epochEnded(int fold, EpochStats s) {
                String loss = String.format(Locale.ROOT, "%.4f", s.loss());
                monitor.subTask(fold < 0 ? NLS.bind(Messages.trainProgressFinal, new Object[] {s.epoch(),
                        settings.epochs(), loss}) : NLS.bind(Messages.trainProgressFold, new Object[] {fold + 1,
                                folds, s.epoch(), settings.epochs(), loss}));
                announcer.epochEnded(fold, s);
            }

            @Override
            public void foldEnded(FoldResult r) {
                announcer.foldEnded(r);
            }
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RetrainJob.FAMILY || family == NetworkUi.PLUGIN_ID;
    }

    /** What the job cross-validates with. */
    public TrainingMode mode() {
        return mode;
    }

    /** The folds it cross-validates, 0 for none. */
    public int folds() {
        return mode.crossValidates() ? folds : 0;
    }

    /** The settings of every training it runs (the folds' seeds derive from its seed). */
    public TrainSettings settings() {
        return settings;
    }

    /** The result once the job finished successfully, else null. */
    public Retraining result() {
        return result;
    }

    /**
     * Records the result as a new version through one undoable edit on {@code stack} (the version's note says how
     * it was cross-validated); call on the model's thread after the job finished.
     *
     * @return null when recorded, else why not (no result, or the network was edited while training ran)
     */
    public String apply(Study study, CommandStack stack) {
        Retraining r = result;
        if (r == null) {
            return Messages.trainNoResult;
        }
        ModelEdit edit = r.toEdit(study);
        if (!edit.canExecute()) {
            return edit.whyNot();
        }
        String note = VersionNote.text(mode, r.cv() != null);
        if (note == null) {
            stack.execute(edit);
        } else {
            CompoundCommand both = new CompoundCommand(edit.getLabel(), edit.getDescription());
            both.append(edit);
            both.append(new VersionNote(study, note));
            stack.execute(both);
        }
        return null;
    }
}
