package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldPreprocessor;
import org.junit.jupiter.api.Test;

/** Z-scores fitted on training rows; constant features dropped. */
class FeatureScalingTest {

    @Test
    void zScoreUsesPopulationSdAndDropsConstantFeatures() {
        double[][] train = {{1, 5, 10}, {3, 5, 20}};
        FeatureScaling s = FoldPreprocessor.zScore(train);
        assertArrayEquals(new double[] {2, 5, 15}, s.shift());
        assertArrayEquals(new double[] {1, Double.POSITIVE_INFINITY, 5}, s.scale());
        assertArrayEquals(new double[] {-1, 0, -1}, s.apply(train[0]));
        // a held-out subject: the dropped feature stays 0 whatever its value
        assertArrayEquals(new double[] {3, 0, 1}, s.apply(new double[] {5, -7, 20}));
        assertEquals(0.0, 1 / s.apply(new double[] {5, -7, 20})[1] > 0 ? 0.0 : 1.0);
    }

    @Test
    void refusesUnusableScales() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureScaling(new double[] {0}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new FeatureScaling(new double[] {0}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new FeatureScaling(new double[] {1}, new double[] {1, 2}));
        assertArrayEquals(new double[] {2, 3}, FeatureScaling.identity(2).apply(new double[] {2, 3}));
    }
}
