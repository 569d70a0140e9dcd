package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.glia.model.Study;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.train.jobs.RetrainJob;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.network.TrainingListener;

/** What the UI tests of this bundle share beyond the brain tests' {@link Workbench}: training and waiting. */
final class Ui {

    /** The network editor's Retrain command. */
    static final String RETRAIN = "org.glia.ui.network.retrain";
    /** The network editor's Cross-validate and Retrain command. */
    static final String CROSS_VALIDATE = "org.glia.ui.network.crossValidate";
    /** How long a training of the demo study may take. */
    static final long TRAINING_MS = 180_000;

    private Ui() {
    }

    /** True inside the running workbench (the UI harness). */
    static boolean workbenchRunning() {
        return Platform.isRunning() && PlatformUI.isWorkbenchRunning();
    }

    /** The active page. */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * Runs a training command of the editor and waits until its version is recorded (the study then has
     * {@code versions} versions) and its jobs have ended.
     */
    static void train(NetworkGraphEditor editor, String command, int versions) throws Exception {
        page().activate(editor);
        Workbench.execute(editor, command);
        Study study = editor.getStudy();
        Thread joiner = new Thread(() -> {
            try {
                Job.getJobManager().join(RetrainJob.FAMILY, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "join training");
        joiner.start();
        Workbench.pump(() -> !joiner.isAlive(), TRAINING_MS);
        assertFalse(joiner.isAlive(), "the training ended in time");
        // the result is recorded on the UI thread after the job ended
        Workbench.pump(() -> study.getVersions().size() >= versions, 10_000);
        assertEquals(versions, study.getVersions().size(), "recorded: " + editor.lastStatus());
        Workbench.settle(200);
    }

    /** Waits (dispatching events) until {@code done}, at most {@code millis}. */
    static void await(BooleanSupplier done, long millis) {
        Workbench.pump(done, millis);
    }

    /** Closes every shell but the workbench window's (dialogs a test opened). */
    static void closeDialogs() {
        Shell main = page().getWorkbenchWindow().getShell();
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != main && !s.isDisposed()) {
                s.close();
            }
        }
    }

    /** Hides the view of {@code part} if it is one. */
    static void hide(IWorkbenchPart part) {
        if (part instanceof IViewPart v) {
            page().hideView(v);
        }
    }

    /** Tells every subscriber of {@link TrainingEvents} what it is told, as a training run would. */
    static final class Broadcast implements TrainingListener {

        @Override
        public void started(long run, String title, List<String> classes, int folds, int epochs) {
            TrainingEvents.listeners().forEach(l -> l.started(run, title, classes, folds, epochs));
        }

        @Override
        public void epochEnded(long run, int fold, EpochStats stats) {
            TrainingEvents.listeners().forEach(l -> l.epochEnded(run, fold, stats));
        }

        @Override
        public void foldEnded(long run, FoldResult result) {
            TrainingEvents.listeners().forEach(l -> l.foldEnded(run, result));
        }

        @Override
        public void finished(long run, CvResult cv, String message, boolean ok) {
            TrainingEvents.listeners().forEach(l -> l.finished(run, cv, message, ok));
        }
    }
}
