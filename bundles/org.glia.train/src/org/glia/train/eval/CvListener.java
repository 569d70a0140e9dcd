package org.glia.train.eval;

import org.glia.train.EpochStats;

/**
 * Follows a cross-validation. Folds may run in parallel: calls come from worker threads, possibly at once, and
 * must be thread-safe (e.g. hand over to the UI thread).
 */
public interface CvListener {

    /** A listener that ignores everything. */
    CvListener NONE = new CvListener() {
    };

    /** An epoch of fold {@code fold} ended. */
    default void epochEnded(int fold, EpochStats stats) {
    }

    /** Fold {@code result.fold()} is done. */
    default void foldEnded(FoldResult result) {
    }
}
