package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochListener;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.FoldResult;
import org.junit.jupiter.api.Test;

/** Cross-validation: stratified, fitted per fold, reproducible in parallel, cancellable. */
class CrossValidationTest {

    private static final TrainSettings SETTINGS = TrainSettings.defaults().withEpochs(60).withSeed(3);

    /** The Java engine restricted to one training at a time. */
    private static final class Sequential implements Trainer {
        private final JavaTrainer inner = new JavaTrainer();

        @Override
        public String engine() {
            return "sequential";
        }

        @Override
        public int maxParallelRuns() {
            return 1;
        }

        @Override
        public TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings s, EpochListener l, IProgressMonitor m) {
            return inner.train(initial, x, y, s, l, m);
        }
    }

    @Test
    void foldsAreStratifiedAndScored() {
        Toy d = Toy.blobs(new int[] {31, 17, 14}, 5, 4, 11);
        CvResult r = CrossValidation.run(new JavaTrainer(), Toy.network(1, 5, 6, 3), d.x, d.y, SETTINGS, 5,
                FoldPreprocessor.Z_SCORE, CvListener.NONE, null);
        assertEquals(5, r.folds().size());
        int[] perClass = {31, 17, 14};
        for (FoldResult f : r.folds()) {
            for (int c = 0; c < 3; c++) {
                int n = Arrays.stream(f.confusion()[c]).sum();
                assertTrue(n == perClass[c] / 5 || n == perClass[c] / 5 + 1, "fold " + f.fold() + " class " + c + ": " + n);
            }
            assertEquals(f.test().length, Arrays.stream(f.confusion()).flatMapToInt(Arrays::stream).sum());
        }
        int[][] total = r.confusion();
        for (int c = 0; c < 3; c++) {
            assertEquals(perClass[c], Arrays.stream(total[c]).sum());
        }
        assertTrue(r.accuracy().mean() > 0.9, r.accuracy().toString());
        assertTrue(r.auc().mean() > 0.9, r.auc().toString());
        assertTrue(r.accuracy().sd() >= 0);
    }

    @Test
    void parallelEqualsSequential() {
        Toy d = Toy.blobs(new int[] {20, 20}, 4, 1, 12);
        Mlp initial = Toy.network(2, 4, 5, 2);
        CvResult a = CrossValidation.run(new JavaTrainer(), initial, d.x, d.y, SETTINGS, 4, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, null);
        CvResult b = CrossValidation.run(new Sequential(), initial, d.x, d.y, SETTINGS, 4, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, null);
        for (int f = 0; f < 4; f++) {
            assertArrayEquals(a.folds().get(f).test(), b.folds().get(f).test());
            for (int i = 0; i < a.folds().get(f).test().length; i++) {
                assertArrayEquals(a.folds().get(f).probabilities()[i], b.folds().get(f).probabilities()[i]);
            }
        }
        assertEquals(a.accuracy(), b.accuracy());
    }

    @Test
    void standardisationSeesOnlyTrainingSubjects() {
        Toy d = Toy.blobs(new int[] {12, 12}, 3, 3, 13);
        AtomicInteger fits = new AtomicInteger();
        // folds run one at a time here, so "seen" holds the rows of the fold being scored
        Set<double[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        FoldPreprocessor recording = train -> {
            fits.incrementAndGet();
            seen.clear();
            seen.addAll(Arrays.asList(train));
            return FoldPreprocessor.zScore(train);
        };
        CvResult r = CrossValidation.run(new Sequential(), Toy.network(3, 3, 3, 2), d.x, d.y, SETTINGS, 3, recording,
                new CvListener() {
                    @Override
                    public void foldEnded(FoldResult f) {
                        for (int t : f.test()) {
                            assertFalse(seen.contains(d.x[t]), "test subject " + t + " was used to fit the scaling");
                        }
                        assertEquals(d.y.length - f.test().length, seen.size());
                    }
                }, null);
        assertEquals(3, fits.get());
        assertEquals(3, r.folds().size());
    }

    @Test
    void cancelStopsAllFolds() {
        Toy d = Toy.blobs(new int[] {20, 20}, 4, 1, 14);
        NullProgressMonitor monitor = new NullProgressMonitor();
        assertThrows(OperationCanceledException.class, () -> CrossValidation.run(new JavaTrainer(),
                Toy.network(2, 4, 5, 2), d.x, d.y, SETTINGS.withEpochs(100000), 4, FoldPreprocessor.NONE,
                new CvListener() {
                    @Override
                    public void epochEnded(int fold, org.glia.train.EpochStats s) {
                        if (s.epoch() == 5) {
                            monitor.setCanceled(true);
                        }
                    }
                }, monitor));
    }
}
