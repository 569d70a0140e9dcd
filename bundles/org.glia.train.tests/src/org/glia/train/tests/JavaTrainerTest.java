package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochStats;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.junit.jupiter.api.Test;

/** The Java engine learns, is reproducible bit for bit, stops early, and cancels cleanly. */
class JavaTrainerTest {

    private final JavaTrainer trainer = new JavaTrainer();

    @Test
    void learnsASeparableProblem() {
        Toy train = Toy.blobs(new int[] {30, 30}, 6, 4, 1);
        Toy test = Toy.blobs(new int[] {50, 50}, 6, 4, 2);
        Mlp initial = Toy.network(3, 6, 4, 2);
        TrainResult r = trainer.train(initial, train.x, train.y, TrainSettings.defaults().withEpochs(300), null);
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
        TrainSettings s = TrainSettings.defaults().withEpochs(40).withBatchSize(7).withEarlyStopping(5, 0.2).withSeed(9);
        TrainResult a = trainer.train(initial, d.x, d.y, s, null);
        TrainResult b = trainer.train(initial, d.x, d.y, s, null);
        for (int k = 0; k < initial.depth(); k++) {
            assertArrayEquals(a.network().layer(k).weightsView(), b.network().layer(k).weightsView());
            assertArrayEquals(a.network().layer(k).biasView(), b.network().layer(k).biasView());
        }
        assertEquals(a.history(), b.history());
        TrainResult c = trainer.train(initial, d.x, d.y, s.withSeed(10), null);
        assertNotEquals(a.network(), c.network());
    }

    @Test
    void threadsDoNotChangeBits() throws Exception {
        // big enough for the layers to run in parallel
        Toy d = Toy.blobs(new int[] {60, 60}, 300, 1, 4);
        Mlp initial = Toy.network(5, 300, 64, 2);
        TrainSettings s = TrainSettings.defaults().withEpochs(5).withBatchSize(50);
        Mlp one = new ForkJoinPool(1).submit(() -> trainer.train(initial, d.x, d.y, s, null).network()).get();
        Mlp many = new ForkJoinPool(4).submit(() -> trainer.train(initial, d.x, d.y, s, null).network()).get();
        assertEquals(one, many);
        for (int k = 0; k < one.depth(); k++) {
            assertArrayEquals(one.layer(k).weightsView(), many.layer(k).weightsView());
        }
    }

    @Test
    void fullBatchIgnoresOrderRandomnessButNotTheData() {
        Toy d = Toy.blobs(new int[] {10, 10}, 3, 2, 6);
        Mlp initial = Toy.network(4, 3, 3, 2);
        TrainSettings s = TrainSettings.defaults().withEpochs(20);
        assertEquals(trainer.train(initial, d.x, d.y, s, null).network(),
                trainer.train(initial, d.x, d.y, s.withSeed(77), null).network());
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        Toy d = Toy.blobs(new int[] {30, 30}, 20, 0.3, 7); // mostly noise: overfits quickly
        Mlp initial = Toy.network(8, 20, 32, 2);
        TrainSettings s = TrainSettings.defaults().withEpochs(500).withLearningRate(0.05).withL2(0)
                .withEarlyStopping(10, 0.25);
        TrainResult r = trainer.train(initial, d.x, d.y, s, null);
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
        TrainResult r = trainer.train(Toy.network(1, 2, 2, 2), d.x, d.y, TrainSettings.defaults().withEpochs(12),
                seen::add, null);
        assertEquals(12, seen.size());
        assertEquals(r.history(), seen);
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, seen.get(i).epoch());
            assertTrue(Double.isNaN(seen.get(i).validationLoss()));
        }
    }

    @Test
    void cancelStopsAndLeavesTheInitialNetwork() {
        Toy d = Toy.blobs(new int[] {20, 20}, 5, 2, 9);
        Mlp initial = Toy.network(2, 5, 4, 2);
        Mlp copy = new Mlp(initial.layers());
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<EpochStats> seen = new ArrayList<>();
        assertThrows(OperationCanceledException.class, () -> trainer.train(initial, d.x, d.y,
                TrainSettings.defaults().withEpochs(1000), s -> {
                    seen.add(s);
                    if (s.epoch() == 3) {
                        monitor.setCanceled(true);
                    }
                }, monitor));
        assertEquals(3, seen.size());
        assertEquals(copy, initial);
    }

    @Test
    void refusesDataThatDoesNotFit() {
        Mlp net = Toy.network(1, 2, 2, 2);
        TrainSettings s = TrainSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> trainer.train(net, new double[][] {{1, 2}}, new int[] {2}, s, null));
        assertThrows(IllegalArgumentException.class, () -> trainer.train(net, new double[][] {{1}}, new int[] {0}, s, null));
        assertThrows(IllegalArgumentException.class,
                () -> trainer.train(net, new double[][] {{1, Double.NaN}}, new int[] {0}, s, null));
        assertThrows(IllegalArgumentException.class, () -> trainer.train(net, new double[][] {{1, 2}}, new int[] {0, 1}, s, null));
        assertThrows(IllegalArgumentException.class, () -> s.withEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> s.withLearningRate(-1));
    }
}
