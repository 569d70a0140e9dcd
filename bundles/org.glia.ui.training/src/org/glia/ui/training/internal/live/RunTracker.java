package org.glia.ui.training.internal.live;

import java.util.List;

import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.ui.network.TrainingListener;

/**
 * Follows the training runs announced on {@code TrainingEvents} and keeps the latest one started (it stays after it
 * finished); events of other runs are ignored. Thread-safe: every event may come from a worker thread and ends
 * with a call of the change callback, which must only schedule work (see {@code RedrawThrottle}).
 */
public final class RunTracker implements TrainingListener {

    private final Runnable changed;
    private volatile LiveRun current;

    /** @param changed told (on the event's thread) after every event that changed what is shown */
    public RunTracker(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void started(long run, String title, List<String> classes, int folds, int epochs) {
        current = new LiveRun(run, title, classes, folds, epochs, System.currentTimeMillis());
        changed.run();
    }

    @Override
    public void epochEnded(long run, int fold, EpochStats stats) {
        LiveRun r = of(run);
        if (r != null) {
            r.epochEnded(fold, stats);
            changed.run();
        }
    }

    @Override
    public void foldEnded(long run, FoldResult result) {
        LiveRun r = of(run);
        if (r != null) {
            r.foldEnded(result);
            changed.run();
        }
    }

    @Override
    public void finished(long run, CvResult cv, String message, boolean ok) {
        LiveRun r = of(run);
        if (r != null) {
            r.finished(cv, message, ok);
            changed.run();
        }
    }

    /** The latest run as it is now, or null when none was seen. */
    public RunSnapshot snapshot() {
        LiveRun r = current;
        return r == null ? null : r.snapshot();
    }

    /** When the latest run started ({@link System#currentTimeMillis()}), or -1 when none was seen. */
    public long startedAt() {
        LiveRun r = current;
        return r == null ? -1 : r.startedAt();
    }

    /** Forgets the runs seen (the view then shows the active study's recorded metrics again). */
    public void clear() {
        current = null;
        changed.run();
    }

    private LiveRun of(long run) {
        LiveRun r = current;
        return r != null && r.run() == run ? r : null;
    }
}
