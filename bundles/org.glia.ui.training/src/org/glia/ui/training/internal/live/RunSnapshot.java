package org.glia.ui.training.internal.live;

import java.util.List;

/**
 * What the Training view shows at one moment, immutable: a live run's curves, folds and confusion, or the metrics
 * recorded with a version.
 *
 * @param run       the run number ({@code 0} for a recorded version)
 * @param title     e.g. "Cross-validate and retrain demo.glia"
 * @param status    how far it is or how it ended, for the user
 * @param state     where it stands
 * @param classes   the class names in output order
 * @param folds     the cross-validation folds, 0 for none
 * @param epochs    the maximum epochs of each training (0 when unknown)
 * @param series    the curves, folds in order then the final training
 * @param foldTable the finished folds
 * @param confusion the test confusion summed over the finished folds, null before the first
 */
public record RunSnapshot(long run, String title, String status, RunState state, List<String> classes, int folds,
        int epochs, List<Series> series, FoldTable foldTable, ConfusionMatrix confusion) {

    /** Copies the lists. */
    public RunSnapshot {
        classes = List.copyOf(classes);
        series = List.copyOf(series);
    }

    /** The curves of fold {@code fold} ({@link Series#FINAL} for the final training), or null. */
    public Series series(int fold) {
        return series.stream().filter(s -> s.fold() == fold).findFirst().orElse(null);
    }

    /** True while the run trains. */
    public boolean isRunning() {
        return state == RunState.RUNNING;
    }
}
