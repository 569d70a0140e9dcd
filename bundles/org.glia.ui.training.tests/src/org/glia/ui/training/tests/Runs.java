package org.glia.ui.training.tests;

import java.util.ArrayList;
import java.util.List;

import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.ui.network.TrainingListener;

/**
 * A synthetic training run told to a {@link TrainingListener} as the training jobs would: folds in parallel
 * threads, then the final training, then the end. Each fold {@code f} trains {@code epochs[f]} epochs and tests
 * {@code 2 + f} subjects per class, getting one of class 1 wrong.
 */
final class Runs {

    static final List<String> CLASSES = List.of("HC", "AD");

    final long run;
    final int[] epochs;
    final int finalEpochs;
    final List<FoldResult> folds = new ArrayList<>();

    Runs(long run, int finalEpochs, int... epochs) {
        this.run = run;
        this.epochs = epochs;
        this.finalEpochs = finalEpochs;
        for (int f = 0; f < epochs.length; f++) {
            int n = 2 + f;
            int[][] confusion = {{n, 0}, {1, n - 1}};
            double acc = (2.0 * n - 1) / (2 * n);
            double bal = (1 + (n - 1.0) / n) / 2;
            folds.add(new FoldResult(f, new int[2 * n], new int[2 * n], new double[2 * n][2], acc, bal,
                    f == 0 ? Double.NaN : 0.9, confusion, epochs[f]));
        }
    }

    /** The loss of epoch {@code e} (from 1) of fold {@code fold}: decreasing. */
    static double loss(int fold, int e) {
        return 1.0 / (e + fold + 1);
    }

    /** Runs the whole run (folds in parallel threads); the first fold has validation values. */
    void play(TrainingListener l, String message, boolean ok) throws InterruptedException {
        l.started(run, "Synthetic run", CLASSES, epochs.length, Math.max(finalEpochs, max(epochs)));
        List<Thread> threads = new ArrayList<>();
        for (int f = 0; f < epochs.length; f++) {
            int fold = f;
            Thread t = new Thread(() -> {
                for (int e = 1; e <= epochs[fold]; e++) {
                    double v = fold == 0 ? 1.2 * loss(fold, e) : Double.NaN;
                    double va = fold == 0 ? 0.7 : Double.NaN;
                    l.epochEnded(run, fold, new EpochStats(e, loss(fold, e), 1 - loss(fold, e), v, va));
                }
                l.foldEnded(run, folds.get(fold));
            }, "fold " + f);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int e = 1; e <= finalEpochs; e++) {
            l.epochEnded(run, -1, new EpochStats(e, loss(-1, e + 1), 0.9, Double.NaN, Double.NaN));
        }
        l.finished(run, new CvResult(folds, 2), message, ok);
    }

    private static int max(int[] v) {
        int m = 0;
        for (int x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
