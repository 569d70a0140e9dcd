package org.glia.ui.network;

import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;

/**
 * Follows the training runs the network editors start (Retrain, Cross-validate), for live views. Calls come from
 * worker threads, folds possibly at once: implementations hand over to the UI thread themselves.
 */
public interface TrainingListener {

    /**
     * A run started.
     *
     * @param run     a number identifying the run in the other calls
     * @param title   e.g. "Cross-validate and retrain demo.glia"
     * @param classes the class names in output order (for confusion matrices)
     * @param folds   its cross-validation folds, 0 for none
     * @param epochs  the maximum epochs of each training
     */
    default void started(long run, String title, java.util.List<String> classes, int folds, int epochs) {
    }

    /** An epoch ended; {@code fold} is the fold number from 0, or -1 for the final training on all subjects. */
    default void epochEnded(long run, int fold, EpochStats stats) {
    }

    /** A cross-validation fold is done. */
    default void foldEnded(long run, FoldResult result) {
    }

    /**
     * The run ended.
     *
     * @param cv      the cross-validation's result, null without one (or when it did not finish)
     * @param message how it ended for the user ("Recorded version v3", "Cancelled", the refusal)
     * @param ok      true when a new version was recorded
     */
    default void finished(long run, CvResult cv, String message, boolean ok) {
    }
}
