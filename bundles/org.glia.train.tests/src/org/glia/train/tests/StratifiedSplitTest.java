package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.glia.train.eval.StratifiedSplit;
import org.junit.jupiter.api.Test;

/** Folds and hold-outs keep every class's share. */
class StratifiedSplitTest {

    private static int[] labels(int... perClass) {
        return IntStream.range(0, perClass.length).flatMap(c -> IntStream.generate(() -> c).limit(perClass[c])).toArray();
    }

    @Test
    void foldsPartitionAndStratify() {
        int[] y = labels(31, 17, 14); // e.g. HC, MCI, AD
        for (int k : new int[] {2, 3, 5, 10}) {
            int[][] folds = StratifiedSplit.folds(y, k, 7);
            int[] all = Arrays.stream(folds).flatMapToInt(Arrays::stream).sorted().toArray();
            assertArrayEquals(IntStream.range(0, y.length).toArray(), all);
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int[] f : folds) {
                min = Math.min(min, f.length);
                max = Math.max(max, f.length);
                for (int c = 0; c < 3; c++) {
                    int cc = c;
                    long n = Arrays.stream(f).filter(i -> y[i] == cc).count();
                    long total = Arrays.stream(y).filter(v -> v == cc).count();
                    assertTrue(n == total / k || n == (total + k - 1) / k, "fold has " + n + " of class " + c);
                }
            }
            assertTrue(max - min <= 1);
        }
    }

    @Test
    void foldsAreSeeded() {
        int[] y = labels(20, 20);
        assertArrayEquals(StratifiedSplit.folds(y, 5, 3)[0], StratifiedSplit.folds(y, 5, 3)[0]);
        assertFalse(Arrays.equals(StratifiedSplit.folds(y, 5, 3)[0], StratifiedSplit.folds(y, 5, 4)[0]));
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.folds(y, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.folds(new int[] {0, 1}, 3, 3));
    }

    @Test
    void holdoutKeepsShares() {
        int[] y = labels(40, 20);
        int[] all = IntStream.range(0, 60).toArray();
        int[][] s = StratifiedSplit.holdout(y, all, 0.25, new SplittableRandom(1));
        assertEquals(45, s[0].length);
        assertEquals(15, s[1].length);
        assertEquals(10, Arrays.stream(s[1]).filter(i -> y[i] == 0).count());
        assertEquals(5, Arrays.stream(s[1]).filter(i -> y[i] == 1).count());
        int[][] tiny = StratifiedSplit.holdout(labels(2, 2), IntStream.range(0, 4).toArray(), 0.1,
                new SplittableRandom(1));
        assertEquals(1, tiny[1].length);
    }
}
