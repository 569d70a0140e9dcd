package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochStats;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.dl4j.Dl4jTrainer;
import org.junit.jupiter.api.Test;

/** The DL4J engine trains like the Java engine, learns, is reproducible bit for bit, and cancels cleanly. */
class Dl4jTrainerTest {

    private static final TrainSettings DL4J = TrainSettings.defaults().withEngine(TrainSettings.DL4J);

    private final Dl4jTrainer trainer = new Dl4jTrainer();

    @Test
    void identifiesItself() {
        assertEquals("dl4j", trainer.engine());
        assertEquals(1, trainer.maxParallelRuns());
    }

    @Test
    void learnsASeparableProblem() {
        Toy train = Toy.blobs(new int[] {30, 30}, 6, 4, 1);
        Toy test = Toy.blobs(new int[] {50, 50}, 6, 4, 2);
        TrainResult r = trainer.train(Toy.network(3, 6, 4, 2), train.x, train.y, DL4J.withEpochs(300), null);
        EpochStats last = r.history().get(r.history().size() - 1);
        assertEquals(1.0, last.accuracy());
        assertTrue(last.loss() < r.history().get(0).loss() / 5, r.history().get(0) + " -> " + last);
        int right = 0;
        for (int i = 0; i < test.y.length; i++) {
            double[] p = r.network().predict(test.x[i]);
            right += (p[1] > p[0] ? 1 : 0) == test.y[i] ? 1 : 0;
        }
        assertTrue(right >= 95, right + " of 100 test subjects right");
    }

    @Test
    void sameSeedSameBits() {
        Toy d = Toy.blobs(new int[] {25, 15, 10}, 8, 1, 3);
        Mlp initial = Toy.network(4, 8, 6, 3);
        TrainSettings s = DL4J.withEpochs(40).withBatchSize(7).withEarlyStopping(5, 0.2).withSeed(9);
        TrainResult a = trainer.train(initial, d.x, d.y, s, null);
        TrainResult b = new Dl4jTrainer().train(initial, d.x, d.y, s, null);
        for (int k = 0; k < initial.depth(); k++) {
            assertArrayEquals(a.network().layer(k).weightsView(), b.network().layer(k).weightsView());
            assertArrayEquals(a.network().layer(k).biasView(), b.network().layer(k).biasView());
        }
        assertEquals(a.history(), b.history());
        assertNotEquals(a.network(), trainer.train(initial, d.x, d.y, s.withSeed(10), null).network());
    }

    @Test
    void sameBitsFullBatchAtPaperShape() {
        Toy d = Toy.blobs(new int[] {31, 31}, 90, 0.5, 4);
        Mlp initial = Toy.network(5, 90, 8, 4, 2);
        TrainSettings s = DL4J.withEpochs(50);
        assertEquals(trainer.train(initial, d.x, d.y, s, null).network(), trainer.train(initial, d.x, d.y, s, null).network());
    }

    /** Same split, same batches, same Adam and L2: the engines differ only by floating-point summation order. */
    @Test
    void trainsLikeTheJavaEngine() {
        Toy d = Toy.blobs(new int[] {20, 14, 12}, 7, 1.5, 5);
        Mlp initial = Toy.network(6, 7, 6, 5, 3);
        TrainSettings s = DL4J.withEpochs(25).withBatchSize(8).withL2(1e-3).withEarlyStopping(30, 0.25).withSeed(4);
        TrainResult dl4j = trainer.train(initial, d.x, d.y, s, null);
        TrainResult java = new JavaTrainer().train(initial, d.x, d.y, s.withEngine(TrainSettings.JAVA), null);
        assertEquals(java.epochsRun(), dl4j.epochsRun());
        assertEquals(java.bestEpoch(), dl4j.bestEpoch());
        for (int k = 0; k < initial.depth(); k++) {
            assertArrayEquals(java.network().layer(k).weightsView(), dl4j.network().layer(k).weightsView(), 1e-9);
            assertArrayEquals(java.network().layer(k).biasView(), dl4j.network().layer(k).biasView(), 1e-9);
        }
        for (int e = 0; e < java.epochsRun(); e++) {
            EpochStats j = java.history().get(e);
            EpochStats g = dl4j.history().get(e);
            assertEquals(j.loss(), g.loss(), 1e-9, "epoch " + (e + 1));
            assertEquals(j.accuracy(), g.accuracy(), "epoch " + (e + 1));
            assertEquals(j.validationLoss(), g.validationLoss(), 1e-9, "epoch " + (e + 1));
            assertEquals(j.validationAccuracy(), g.validationAccuracy(), "epoch " + (e + 1));
        }
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        Toy d = Toy.blobs(new int[] {30, 30}, 20, 0.3, 7); // mostly noise: overfits quickly
        TrainSettings s = DL4J.withEpochs(500).withLearningRate(0.05).withL2(0).withEarlyStopping(10, 0.25);
        TrainResult r = trainer.train(Toy.network(8, 20, 32, 2), d.x, d.y, s, null);
        assertTrue(r.stoppedEarly());
        assertEquals(r.bestEpoch() + 10, r.epochsRun());
        double best = r.history().get(r.bestEpoch() - 1).validationLoss();
        for (EpochStats e : r.history()) {
            assertTrue(e.validationLoss() >= best);
        }
    }

    @Test
    void listenerSeesEveryEpoch() {
        Toy d = Toy.blobs(new int[] {5, 5}, 2, 3, 8);
        List<EpochStats> seen = new ArrayList<>();
        TrainResult r = trainer.train(Toy.network(1, 2, 2, 2), d.x, d.y, DL4J.withEpochs(12), seen::add, null);
        assertEquals(12, seen.size());
        assertEquals(r.history(), seen);
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, seen.get(i).epoch());
            assertTrue(Double.isNaN(seen.get(i).validationLoss()));
            assertTrue(seen.get(i).loss() > 0 && seen.get(i).accuracy() >= 0 && seen.get(i).accuracy() <= 1);
        }
    }

    @Test
    void cancelStopsAndLeavesTheInitialNetwork() {
        Toy d = Toy.blobs(new int[] {20, 20}, 5, 2, 9);
        Mlp initial = Toy.network(2, 5, 4, 2);
        Mlp copy = new Mlp(initial.layers());
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<EpochStats> seen = new ArrayList<>();
        assertThrows(OperationCanceledException.class, () -> trainer.train(initial, d.x, d.y, DL4J.withEpochs(1000),
                s -> {
                    seen.add(s);
                    if (s.epoch() == 3) {
                        monitor.setCanceled(true);
                    }
                }, monitor));
        assertEquals(3, seen.size());
        assertEquals(copy, initial);
        for (int k = 0; k < initial.depth(); k++) {
            assertArrayEquals(copy.layer(k).weightsView(), initial.layer(k).weightsView());
        }
    }

    @Test
    void refusesDataThatDoesNotFit() {
        Mlp net = Toy.network(1, 2, 2, 2);
        assertThrows(IllegalArgumentException.class, () -> trainer.train(net, new double[][] {{1, 2}}, new int[] {2}, DL4J, null));
        assertThrows(IllegalArgumentException.class, () -> trainer.train(net, new double[][] {{1}}, new int[] {0}, DL4J, null));
        assertThrows(IllegalArgumentException.class,
                () -> trainer.train(net, new double[][] {{1, Double.NaN}}, new int[] {0}, DL4J, null));
    }
}
