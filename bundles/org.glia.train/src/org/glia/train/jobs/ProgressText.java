package org.glia.train.jobs;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.train.EpochListener;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldResult;

/** Turns training events into the progress line a user reads: fold, epoch and loss. */
final class ProgressText {

    private final IProgressMonitor monitor;
    private final int epochs;
    private final int folds;

    ProgressText(IProgressMonitor monitor, int epochs, int folds) {
        this.monitor = monitor;
        this.epochs = epochs;
        this.folds = folds;
    }

    /** Forwards to {@code next} and shows the epoch and loss of the final training. */
    EpochListener epochs(EpochListener next) {
        return s -> {
            monitor.subTask(line("training", s));
            next.epochEnded(s);
        };
    }

    /** Forwards to {@code next} and shows which fold is training. */
    CvListener cv(CvListener next) {
        return new CvListener() {
            @Override
            public void epochEnded(int fold, EpochStats stats) {
                monitor.subTask(line("fold " + (fold + 1) + "/" + folds, stats));
                next.epochEnded(fold, stats);
            }

            @Override
            public void foldEnded(FoldResult result) {
                next.foldEnded(result);
            }
        };
    }

    private String line(String what, EpochStats s) {
        return String.format(Locale.ROOT, "%s: epoch %d/%d, loss %.4f", what, s.epoch(), epochs, s.loss());
    }
}
