package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.cohort.Standardizer;
import org.junit.jupiter.api.Test;

/** Z-scoring fitted on training rows only; constant columns. */
class StandardizerTest {

    private static final double[][] DATA = {{1, 7, 10}, {3, 7, 20}, {5, 7, 30}, {100, 8, -50}};

    @Test
    void fitsOnTheTrainingRowsOnly() {
        Standardizer s = Standardizer.fit(DATA, new int[] {0, 1, 2});
        assertEquals(3, s.mean(0), 1e-12);
        assertEquals(Math.sqrt(8.0 / 3), s.sd(0), 1e-12);
        double[] test = s.apply(DATA[3]);
        assertEquals((100 - 3) / Math.sqrt(8.0 / 3), test[0], 1e-9, "the held-out row does not move the fit");
        Standardizer all = Standardizer.fit(DATA);
        assertTrue(Math.abs(all.mean(0) - s.mean(0)) > 1, "fitting on all rows gives something else");
    }

    @Test
    void trainingColumnsHaveMeanZeroAndUnitSd() {
        Standardizer s = Standardizer.fit(DATA, new int[] {0, 1, 2});
        double[][] z = s.apply(new double[][] {DATA[0], DATA[1], DATA[2]});
        for (int j : new int[] {0, 2}) {
            double mean = (z[0][j] + z[1][j] + z[2][j]) / 3;
            double var = (z[0][j] * z[0][j] + z[1][j] * z[1][j] + z[2][j] * z[2][j]) / 3 - mean * mean;
            assertEquals(0, mean, 1e-12);
            assertEquals(1, var, 1e-12);
        }
    }

    @Test
    void constantTrainingColumnsMapToZeroEverywhere() {
        Standardizer s = Standardizer.fit(DATA, new int[] {0, 1, 2});
        assertTrue(s.isConstant(1));
        assertEquals(0, s.apply(DATA[0])[1]);
        assertEquals(0, s.apply(DATA[3])[1], "even a test row that differs");
        assertArrayEquals(new double[] {0, 0}, Standardizer.fit(new double[][] {{4, 0}}).apply(new double[] {4, 0}));
    }

    @Test
    void refusesNoRowsAndWrongWidths() {
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(DATA, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(DATA).apply(new double[2]));
    }
}
