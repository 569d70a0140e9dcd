package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochStats;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.dl4j.Dl4jTrainer;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.FoldResult;
import org.junit.jupiter.api.Test;

/** Cross-validation runs with the DL4J engine, one fold at a time, and scores like the Java engine. */
class Dl4jCrossValidationTest {

    private static final TrainSettings SETTINGS = TrainSettings.defaults().withEngine(TrainSettings.DL4J).withEpochs(40)
            .withSeed(3);

    @Test
    void crossValidatesLikeTheJavaEngine() {
        Toy d = Toy.blobs(new int[] {16, 12, 10}, 5, 3, 21);
        Mlp initial = Toy.network(1, 5, 6, 3);
        CvResult dl4j = CrossValidation.run(new Dl4jTrainer(), initial, d.x, d.y, SETTINGS, 4, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, null);
        CvResult java = CrossValidation.run(new JavaTrainer(), initial, d.x, d.y, SETTINGS.withEngine(TrainSettings.JAVA),
                4, FoldPreprocessor.Z_SCORE, CvListener.NONE, null);
        assertEquals(4, dl4j.folds().size());
        assertTrue(dl4j.accuracy().mean() > 0.8, dl4j.accuracy().toString());
        for (int f = 0; f < 4; f++) {
            FoldResult a = dl4j.folds().get(f);
            FoldResult b = java.folds().get(f);
            assertArrayEquals(b.test(), a.test());
            assertArrayEquals(b.predicted(), a.predicted());
            for (int i = 0; i < a.test().length; i++) {
                assertArrayEquals(b.probabilities()[i], a.probabilities()[i], 1e-9);
            }
        }
        int[][] total = dl4j.confusion();
        assertEquals(38, Arrays.stream(total).flatMapToInt(Arrays::stream).sum());
    }

    @Test
    void reproducibleAcrossRuns() {
        Toy d = Toy.blobs(new int[] {10, 10}, 4, 2, 22);
        Mlp initial = Toy.network(2, 4, 3, 2);
        TrainSettings s = SETTINGS.withBatchSize(5);
        CvResult a = CrossValidation.run(new Dl4jTrainer(), initial, d.x, d.y, s, 3, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, null);
        CvResult b = CrossValidation.run(new Dl4jTrainer(), initial, d.x, d.y, s, 3, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, null);
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < a.folds().get(f).test().length; i++) {
                assertArrayEquals(a.folds().get(f).probabilities()[i], b.folds().get(f).probabilities()[i]);
            }
        }
    }

    @Test
    void cancelStopsTheFolds() {
        Toy d = Toy.blobs(new int[] {10, 10}, 4, 1, 23);
        NullProgressMonitor monitor = new NullProgressMonitor();
        assertThrows(OperationCanceledException.class, () -> CrossValidation.run(new Dl4jTrainer(),
                Toy.network(2, 4, 5, 2), d.x, d.y, SETTINGS.withEpochs(100000), 3, FoldPreprocessor.NONE,
                new CvListener() {
                    @Override
                    public void epochEnded(int fold, EpochStats s) {
                        if (s.epoch() == 5) {
                            monitor.setCanceled(true);
                        }
                    }
                }, monitor));
    }
}
