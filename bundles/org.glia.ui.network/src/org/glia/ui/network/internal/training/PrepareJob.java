package org.glia.ui.network.internal.training;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.glia.analysis.LabelledData;
import org.glia.analysis.StandardizerScaling;
import org.glia.core.nn.Mlp;
import org.glia.model.nn.MlpConversion;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.Trainers;
import org.glia.train.jobs.RetrainJob;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.internal.Messages;

/**
 * The first half of a training: reads the cohort (a hundred CSV matrices must not block the UI thread), selects
 * the data, picks the engine, then creates and schedules the {@link TrainingJob} from the plan's copy of the
 * network. It belongs to {@link RetrainJob#FAMILY}, and schedules the training before it ends, so joining or
 * cancelling that family covers the whole run.
 */
final class PrepareJob extends Job {

    private final TrainingPlan plan;
    private final TrainingAnnouncer announcer;
    private final Consumer<TrainingJob> starting;
    private volatile String refusal;

    /**
     * @param starting told about the training job (on this job's thread) before it is scheduled, to listen to it
     */
    PrepareJob(TrainingPlan plan, TrainingAnnouncer announcer, Consumer<TrainingJob> starting) {
        super(NLS.bind(Messages.trainLoading, plan.cohort()));
        this.plan = plan;
        this.announcer = announcer;
        this.starting = starting;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try {
            Mlp initial = MlpConversion.toMlp(plan.snapshot().getNetwork());
            LabelledData data = TrainingData.load(plan, initial, progress.split(9));
            int folds = TrainingData.folds(plan, data);
            TrainSettings settings = plan.settings();
            Trainer trainer;
            try {
                settings = settings.withEngine(Trainers.resolve(settings, initial, data.y().length));
                trainer = Trainers.get(settings.engine());
            } catch (IllegalArgumentException | LinkageError e) {
                throw new TrainingRefused(NLS.bind(Messages.trainEngine, settings.engine(), e.getMessage()));
            }
            progress.split(1);
            TrainingJob job = new TrainingJob(plan.title(folds), plan.mode(), trainer, initial, data.x(), data.y(),
                    settings, folds, StandardizerScaling.PREPROCESSOR, announcer);
            starting.accept(job);
            job.schedule();
            if (monitor.isCanceled()) {
                job.cancel(); // cancelled while the training was being scheduled
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (TrainingRefused | IllegalArgumentException e) {
            refusal = e.getMessage();
            return Status.error(refusal); // no exception: the user gets the message, not a stack trace
        } finally {
            monitor.done();
        }
    }

    /** Why the training could not start, or null. */
    String refusal() {
        return refusal;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RetrainJob.FAMILY || family == NetworkUi.PLUGIN_ID;
    }
}
