package org.glia.ui.network.internal.training;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.network.TrainingListener;

/**
 * Announces one training run to the {@link TrainingEvents} listeners: started once, then epochs and folds, then
 * finished once (a run that ends before it started is announced as started first, so every listener sees both).
 * Each call of each listener is guarded: a failing listener is logged and cannot disturb the training or the other
 * listeners. Thread-safe.
 */
public final class TrainingAnnouncer {

    private final long run = TrainingEvents.nextRun();
    private final String title;
    private final List<String> classes;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile int folds;
    private volatile int epochs;

    /**
     * @param title   the run's title for the views
     * @param classes the class names in output order
     * @param folds   the folds planned (announced unless {@link #started(int, int)} says otherwise)
     * @param epochs  the epochs planned per training
     */
    public TrainingAnnouncer(String title, List<String> classes, int folds, int epochs) {
        this.title = title;
        this.classes = List.copyOf(classes);
        this.folds = folds;
        this.epochs = epochs;
    }

    /** The run's number. */
    public long run() {
        return run;
    }

    /** Announces the start with the folds and epochs that will really run (only the first call counts). */
    public void started(int actualFolds, int actualEpochs) {
        folds = actualFolds;
        epochs = actualEpochs;
        if (started.compareAndSet(false, true)) {
            each(l -> l.started(run, title, classes, folds, epochs));
        }
    }

    /** An epoch of fold {@code fold} (-1: the final training) ended. */
    public void epochEnded(int fold, EpochStats stats) {
        each(l -> l.epochEnded(run, fold, stats));
    }

    /** A fold ended. */
    public void foldEnded(FoldResult result) {
        each(l -> l.foldEnded(run, result));
    }

    /** Announces the end (only the first call counts). */
    public void finished(CvResult cv, String message, boolean ok) {
        started(folds, epochs);
        if (finished.compareAndSet(false, true)) {
            each(l -> l.finished(run, cv, message, ok));
        }
    }

    private static void each(Consumer<TrainingListener> call) {
        for (TrainingListener l : TrainingEvents.listeners()) {
            try {
                call.accept(l);
            } catch (RuntimeException | LinkageError e) {
                log(l, e);
            }
        }
    }

    private static void log(TrainingListener l, Throwable e) {
        try {
            ILog.of(TrainingAnnouncer.class).warn("A training listener failed: " + l.getClass().getName(), e);
        } catch (RuntimeException | LinkageError noLog) {
            // outside OSGi there may be no log; the training goes on either way
        }
    }
}
