package org.glia.train.jobs;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.glia.core.nn.Mlp;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.train.EpochListener;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;

/**
 * Retrains a study's network from its current (edited) weights, optionally cross-validating first, as an
 * Eclipse Job with progress (fold, epoch, loss) and cancel.
 * <p>
 * The job never touches the model: the weights are copied when it is created (on the model's thread), and the
 * result becomes a new version only through {@link #apply}, an undoable edit run on the model's thread. A
 * cancelled or failed job therefore leaves the model exactly as it was.
 */
public final class RetrainJob extends Job {

    /** The job family of every Glia training job, for {@code Job.getJobManager().cancel(FAMILY)}. */
    public static final Object FAMILY = RetrainJob.class;

    private final Trainer trainer;
    private final Mlp initial;
    private final double[][] x;
    private final int[] y;
    private final TrainSettings settings;
    private final int folds;
    private final FoldPreprocessor preprocessor;
    private final EpochListener epochs;
    private final CvListener cv;
    private volatile Retraining result;

    /**
     * Creates the job; call on the thread that owns {@code study}, which is read (copied) here only.
     *
     * @param x     raw features, one row per subject (standardised per fold by {@code preprocessor})
     * @param y     classes in the order of the study's output nodes
     * @param folds cross-validation folds before the final training; 0 for none
     */
    public RetrainJob(String name, Study study, Trainer trainer, double[][] x, int[] y, TrainSettings settings,
            int folds, FoldPreprocessor preprocessor, EpochListener epochs, CvListener cv) {
        super(name);
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.initial = Retrainer.snapshot(study);
        this.x = x;
        this.y = y;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.folds = folds;
        this.preprocessor = Objects.requireNonNull(preprocessor, "preprocessor");
        this.epochs = epochs == null ? EpochListener.NONE : epochs;
        this.cv = cv == null ? CvListener.NONE : cv;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ProgressText text = new ProgressText(monitor, settings.epochs(), folds);
        try {
            result = Retrainer.run(trainer, initial, x, y, settings, folds, preprocessor, text.cv(cv),
                    text.epochs(epochs), monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // The user sees the message; the stack trace goes to the error log, not into a dialog.
            String message = "Training failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            ILog.of(RetrainJob.class).error(message, e);
            return Status.error(message);
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The retraining once the job finished successfully; empty before, after cancel or on failure. */
    public Optional<Retraining> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Records the result as a new model version through an undoable edit on {@code stack}; call on the model's
     * thread after the job finished.
     *
     * @return null when recorded, else why not (no result, or the network was edited while training ran)
     */
    public String apply(Study study, CommandStack stack) {
        Retraining r = result;
        if (r == null) {
            return "the training did not finish";
        }
        ModelEdit edit = r.toEdit(study);
        if (!edit.canExecute()) {
            return edit.whyNot();
        }
        stack.execute(edit);
        return null;
    }
}
