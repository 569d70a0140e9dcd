package org.glia.ui.network.internal.training;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener;
import org.eclipse.ui.IWorkbenchPart;
import org.glia.model.Study;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.internal.Messages;

/**
 * One training of an editor's study: the {@link PrepareJob} then the {@link TrainingJob}; when that finishes, its
 * result is recorded on the editor's command stack on the UI thread (a new version, undoable), or the reason it
 * was not goes to the status line. Its progress is announced to the {@link org.glia.ui.network.TrainingEvents}
 * listeners. Closing the editor cancels the run. Created and finished on the UI thread.
 */
public final class TrainingRun {

    private final NetworkGraphEditor editor;
    private final Display display;
    private final Consumer<TrainingOutcome> finished;
    private final TrainingMode mode;
    private final TrainingAnnouncer announcer;
    private final PrepareJob prepare;
    private volatile TrainingJob training;
    private boolean done;
    private final IPartListener closing = new IPartListener() {
        @Override
        public void partClosed(IWorkbenchPart part) {
            if (part == editor) {
                cancel();
                finish(null);
            }
        }

        @Override
        public void partActivated(IWorkbenchPart part) {
            // only closing matters
        }

        @Override
        public void partBroughtToTop(IWorkbenchPart part) {
            // only closing matters
        }

        @Override
        public void partDeactivated(IWorkbenchPart part) {
            // only closing matters
        }

        @Override
        public void partOpened(IWorkbenchPart part) {
            // only closing matters
        }
    };

    /**
     * Captures the plan from the editor's study (settings from its last version, else from the preferences) and
     * starts the jobs; call on the UI thread.
     *
     * @param finished told on the UI thread, once, how the run ended (null when the editor was closed)
     * @throws IllegalArgumentException (message for the user) when the study cannot be trained as it is
     */
    public TrainingRun(NetworkGraphEditor editor, TrainingMode mode, Consumer<TrainingOutcome> finished) {
        this.editor = editor;
        this.display = Display.getCurrent();
        this.finished = finished;
        this.mode = mode;
        TrainingPlan plan = TrainingPlan.of(editor.getFile(), editor.getStudy(), mode,
                TrainingDefaults.fromPreferences());
        announcer = new TrainingAnnouncer(plan.title(plan.folds()), plan.classes(), plan.folds(),
                plan.settings().epochs());
        prepare = new PrepareJob(plan, announcer, this::starting);
        prepare.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (training == null) {
                    ui(() -> prepared(event.getResult()));
                }
            }
        });
        editor.getSite().getPage().addPartListener(closing);
        prepare.schedule();
    }

    /** Announces the run and listens to the training job before the prepare job schedules it. */
    private void starting(TrainingJob job) {
        training = job;
        announcer.started(job.folds(), job.settings().epochs());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui(() -> trained(job, event.getResult()));
            }
        });
    }

    /** The prepare job ended without starting the training: cancelled or refused. */
    private void prepared(IStatus result) {
        if (result.getSeverity() == IStatus.CANCEL) {
            finish(TrainingOutcome.notRecorded(Messages.trainCancelled));
        } else {
            String why = prepare.refusal() != null ? prepare.refusal() : result.getMessage();
            finish(TrainingOutcome.notRecorded(NLS.bind(Messages.trainCannot, firstLine(why))));
        }
    }

    private void trained(TrainingJob job, IStatus result) {
        if (done) {
            return;
        }
        if (result.getSeverity() == IStatus.CANCEL) {
            finish(TrainingOutcome.notRecorded(Messages.trainCancelled));
        } else if (!result.isOK()) {
            finish(TrainingOutcome.notRecorded(NLS.bind(Messages.trainFailed, result.getMessage())));
        } else {
            Study study = editor.getStudy();
            String why = study == null ? Messages.noModel : job.apply(study, editor.getCommandStack());
            finish(why == null ? TrainingOutcome.recorded(study.getCurrentVersion(), mode)
                    : TrainingOutcome.notRecorded(NLS.bind(Messages.trainRefused, why)));
        }
    }

    /** Cancels whichever job is running. */
    public void cancel() {
        prepare.cancel();
        Job t = training;
        if (t != null) {
            t.cancel();
        }
    }

    private void finish(TrainingOutcome outcome) {
        if (done) {
            return;
        }
        done = true;
        TrainingJob t = training;
        var r = t == null ? null : t.result();
        announcer.finished(r == null ? null : r.cv(),
                outcome == null ? Messages.trainEditorClosed : outcome.message(), outcome != null && outcome.recorded());
        var page = editor.getSite().getPage();
        if (page != null) {
            page.removePartListener(closing);
        }
        finished.accept(outcome);
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " \u2026";
    }
}
