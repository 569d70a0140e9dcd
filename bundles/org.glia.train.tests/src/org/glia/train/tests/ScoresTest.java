package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.train.eval.Scores;
import org.glia.train.eval.Stat;
import org.junit.jupiter.api.Test;

/** Scores against values computed by hand. */
class ScoresTest {

    @Test
    void aucWithTies() {
        // positives 0.9, 0.5, 0.5; negatives 0.5, 0.1: pairs won 1, 1, .5, 1, .5, 1 -> 5 of 6
        boolean[] pos = {true, true, true, false, false};
        double[] score = {0.9, 0.5, 0.5, 0.5, 0.1};
        assertEquals(5.0 / 6, Scores.auc(pos, score), 1e-15);
        // all tied: one half
        assertEquals(0.5, Scores.auc(new boolean[] {true, false, true, false}, new double[] {1, 1, 1, 1}));
        // perfect and inverted
        assertEquals(1.0, Scores.auc(new boolean[] {false, true}, new double[] {0.2, 0.8}));
        assertEquals(0.0, Scores.auc(new boolean[] {false, true}, new double[] {0.8, 0.2}));
        // one class only: undefined
        assertTrue(Double.isNaN(Scores.auc(new boolean[] {true, true}, new double[] {0.8, 0.2})));
    }

    @Test
    void aucOfProbabilities() {
        int[] truth = {1, 1, 1, 0, 0};
        double[][] p = {{0.1, 0.9}, {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.9, 0.1}};
        assertEquals(5.0 / 6, Scores.auc(truth, p, 2), 1e-15);
        // three classes, each perfectly ranked one-vs-rest
        int[] t3 = {0, 1, 2};
        double[][] p3 = {{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, 0.8}};
        assertEquals(1.0, Scores.auc(t3, p3, 3));
    }

    @Test
    void accuracyBalancedAccuracyConfusion() {
        int[] truth = {0, 0, 0, 0, 1, 1};
        int[] pred = {0, 0, 0, 1, 1, 0};
        assertEquals(4.0 / 6, Scores.accuracy(truth, pred));
        assertEquals((3.0 / 4 + 1.0 / 2) / 2, Scores.balancedAccuracy(truth, pred, 2));
        assertArrayEquals(new int[][] {{3, 1}, {1, 1}}, Scores.confusion(truth, pred, 2));
        // a class absent from the truth is left out of the balanced accuracy
        assertEquals(0.75, Scores.balancedAccuracy(new int[] {0, 0, 0, 0}, new int[] {0, 0, 0, 2}, 3));
    }

    @Test
    void statUsesSampleSdAndSkipsNaN() {
        Stat s = Stat.of(new double[] {1, 2, 3, Double.NaN});
        assertEquals(2.0, s.mean());
        assertEquals(1.0, s.sd(), 1e-15);
        assertTrue(Double.isNaN(Stat.of(new double[] {5}).sd()));
        assertTrue(Double.isNaN(Stat.of(new double[] {Double.NaN}).mean()));
    }
}
