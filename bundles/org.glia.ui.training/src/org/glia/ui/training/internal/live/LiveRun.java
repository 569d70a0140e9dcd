package org.glia.ui.training.internal.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.Messages;

/**
 * The values of one training run gathered from its events, which come from worker threads (folds possibly at
 * once); every method is synchronized and {@link #snapshot()} copies what the view draws.
 */
final class LiveRun {

    /** Folds first in order, the final training (-1) last. */
    private static final Comparator<Integer> TRAINING_ORDER = Comparator
            .comparingInt((Integer f) -> f == Series.FINAL ? Integer.MAX_VALUE : f);

    private final long run;
    private final String title;
    private final List<String> classes;
    private final int folds;
    private final int epochs;
    private final long startedAt;
    private final Map<Integer, Curve> curves = new TreeMap<>(TRAINING_ORDER);
    private final Map<Integer, FoldResult> foldResults = new TreeMap<>();
    private RunState state = RunState.RUNNING;
    private String message;

    LiveRun(long run, String title, List<String> classes, int folds, int epochs, long startedAt) {
        this.run = run;
        this.title = title == null ? "" : title;
        this.classes = classes == null ? List.of() : List.copyOf(classes);
        this.folds = folds;
        this.epochs = epochs;
        this.startedAt = startedAt;
    }

    long run() {
        return run;
    }

    /** When the run started ({@link System#currentTimeMillis()}). */
    long startedAt() {
        return startedAt;
    }

    synchronized void epochEnded(int fold, EpochStats stats) {
        if (stats != null && state == RunState.RUNNING) {
            curves.computeIfAbsent(fold, Curve::new).add(stats);
        }
    }

    synchronized void foldEnded(FoldResult result) {
        if (result != null) {
            foldResults.put(result.fold(), result);
        }
    }

    /** The run ended; the cross-validation's folds (when given) replace the ones reported one by one. */
    synchronized void finished(CvResult cv, String text, boolean ok) {
        if (cv != null) {
            foldResults.clear();
            for (FoldResult f : cv.folds()) {
                foldResults.put(f.fold(), f);
            }
        }
        message = text;
        state = ok ? RunState.RECORDED : RunState.STOPPED;
    }

    synchronized RunSnapshot snapshot() {
        List<Series> series = new ArrayList<>(curves.size());
        for (Curve c : curves.values()) {
            series.add(c.toSeries());
        }
        List<FoldRow> rows = new ArrayList<>(foldResults.size());
        for (FoldResult f : foldResults.values()) {
            rows.add(FoldRow.of(f));
        }
        return new RunSnapshot(run, title, status(series), state, classes, folds, epochs, series, new FoldTable(rows),
                confusion());
    }

    /** The test confusion matrices of the finished folds summed, or null before the first. */
    private ConfusionMatrix confusion() {
        int[][] sum = null;
        for (FoldResult f : foldResults.values()) {
            int[][] c = f.confusion();
            if (c == null) {
                continue;
            }
            if (sum == null) {
                sum = new int[c.length][c.length];
            }
            if (c.length != sum.length) {
                continue; // a fold with another class count cannot be summed; it never happens in one run
            }
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c.length && j < c[i].length; j++) {
                    sum[i][j] += c[i][j];
                }
            }
        }
        return sum == null ? null
                : ConfusionMatrix.of(classes, sum, NLS.bind(Messages.confusionOfFolds, foldResults.size()));
    }

    private String status(List<Series> series) {
        if (state != RunState.RUNNING) {
            return message == null || message.isBlank()
                    ? state == RunState.RECORDED ? Messages.statusRecorded : Messages.statusStopped
                    : message;
        }
        Series last = series.isEmpty() ? null : series.get(series.size() - 1);
        String max = epochs > 0 ? Integer.toString(epochs) : "?";
        if (last != null && last.isFinal()) {
            return NLS.bind(Messages.statusFinal, new Object[] {last.length(), max, Format.number(last.lastLoss())});
        }
        if (folds > 0) {
            return NLS.bind(Messages.statusFolds, foldResults.size(), folds);
        }
        return last == null ? Messages.statusStarting
                : NLS.bind(Messages.statusFinal, new Object[] {last.length(), max, Format.number(last.lastLoss())});
    }
}
