package org.glia.train.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;

/**
 * Seeded stratified k-fold cross-validation of "train from these initial weights".
 * <p>
 * Every fold starts from the same initial network (the user's edited one), fits the standardisation on its
 * training subjects only, trains with its own seed derived from the settings' seed, and is scored on its test
 * subjects. Folds are independent, so they run in parallel (up to {@link Trainer#maxParallelRuns()}) with results
 * identical to a sequential run.
 */
public final class CrossValidation {

    private static final long FOLD_SEEDS = 0x5DEECE66DL;

    private CrossValidation() {
    }

    /**
     * Cross-validates.
     *
     * @param folds        the number of folds, at least 2
     * @param preprocessor fitted on each fold's training subjects
     * @throws OperationCanceledException when the monitor is cancelled (after the running folds stop)
     */
    public static CvResult run(Trainer trainer, Mlp initial, double[][] x, int[] y, TrainSettings settings, int folds,
            FoldPreprocessor preprocessor, CvListener listener, IProgressMonitor monitor) {
        int[][] tests = StratifiedSplit.folds(y, folds, settings.seed());
        SplittableRandom seeds = new SplittableRandom(settings.seed() ^ FOLD_SEEDS);
        List<FoldTask> tasks = new ArrayList<>();
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger epochs = new AtomicInteger();
        for (int f = 0; f < folds; f++) {
            tasks.add(new FoldTask(f, tests[f], settings.withSeed(seeds.nextLong())));
        }
        int threads = Math.max(1, Math.min(folds, trainer.maxParallelRuns()));
        SubMonitor progress = SubMonitor.convert(monitor, "Cross-validating (" + folds + " folds)",
                folds * settings.epochs());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "Glia cross-validation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FoldResult>> futures = new ArrayList<>();
            IProgressMonitor workerMonitor = new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return cancel.get();
                }
            };
            for (FoldTask t : tasks) {
                futures.add(pool.submit(() -> t.run(trainer, initial, x, y, preprocessor, listener, epochs,
                        workerMonitor)));
            }
            return new CvResult(collect(futures, progress, cancel, epochs), classes(initial));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<FoldResult> collect(List<Future<FoldResult>> futures, SubMonitor progress, AtomicBoolean cancel,
            AtomicInteger epochs) {
        List<FoldResult> results = new ArrayList<>();
        int reported = 0;
        for (Future<FoldResult> f : futures) {
            while (true) {
                if (progress.isCanceled()) {
                    cancel.set(true);
                }
                int done = epochs.get();
                progress.worked(done - reported);
                reported = done;
                try {
                    results.add(f.get(50, TimeUnit.MILLISECONDS));
                    break;
                } catch (TimeoutException e) {
                    // poll progress and cancellation again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel.set(true);
                    throw new OperationCanceledException();
                } catch (ExecutionException e) {
                    cancel.set(true);
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        if (cancel.get()) {
            throw new OperationCanceledException();
        }
        return results;
    }

    private static int classes(Mlp net) {
        return net.outputs();
    }

    /** One fold's work. */
    private record FoldTask(int fold, int[] test, TrainSettings settings) {

        FoldResult run(Trainer trainer, Mlp initial, double[][] x, int[] y, FoldPreprocessor preprocessor,
                CvListener listener, AtomicInteger epochs, IProgressMonitor monitor) {
            int[] train = complement(test, y.length);
            double[][] trainX = rows(x, train);
            FeatureScaling scaling = preprocessor.fit(trainX);
            TrainResult r = trainer.train(initial, scaling.apply(trainX), labels(y, train), settings, s -> {
                epochs.incrementAndGet();
                listener.epochEnded(fold, s);
            }, monitor);
            int classes = initial.outputs();
            int[] truth = labels(y, test);
            int[] predicted = new int[test.length];
            double[][] probabilities = new double[test.length][];
            for (int i = 0; i < test.length; i++) {
                probabilities[i] = r.network().predict(scaling.apply(x[test[i]]));
                predicted[i] = argmax(probabilities[i]);
            }
            FoldResult result = new FoldResult(fold, test, predicted, probabilities, Scores.accuracy(truth, predicted),
                    Scores.balancedAccuracy(truth, predicted, classes), Scores.auc(truth, probabilities, classes),
                    Scores.confusion(truth, predicted, classes), r.epochsRun());
            listener.foldEnded(result);
            return result;
        }
    }

    static int[] complement(int[] sortedSubset, int n) {
        int[] r = new int[n - sortedSubset.length];
        int t = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (s < sortedSubset.length && sortedSubset[s] == i) {
                s++;
            } else {
                r[t++] = i;
            }
        }
        return r;
    }

    static double[][] rows(double[][] x, int[] idx) {
        double[][] r = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            r[i] = x[idx[i]];
        }
        return r;
    }

    static int[] labels(int[] y, int[] idx) {
        int[] r = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            r[i] = y[idx[i]];
        }
        return r;
    }

    /** The index of the largest value (the first on ties). */
    public static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
