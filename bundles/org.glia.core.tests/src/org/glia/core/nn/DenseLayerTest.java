package org.glia.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Checks the layout, validation and immutability of {@link DenseLayer}. */
class DenseLayerTest {

    @Test
    void rowMajorLayoutMatchesPaperIndices() {
        // W_ij: i = node of this layer (row), j = node below (column).
        DenseLayer l = new DenseLayer(3, 2, new double[] { 1, 2, 3, 4, 5, 6 }, new double[] { 0, 0 },
                Activation.IDENTITY);
        assertEquals(2, l.weight(0, 1));
        assertEquals(4, l.weight(1, 0));
        double[] z = new double[2];
        l.preActivate(new double[] { 1, 0, -1 }, z);
        assertArrayEquals(new double[] { -2, -2 }, z, 0);
    }

    @Test
    void copiesAreDefensive() {
        double[] w = { 1, 2 };
        double[] b = { 3 };
        DenseLayer l = new DenseLayer(2, 1, w, b, Activation.RELU);
        w[0] = 99;
        b[0] = 99;
        l.weights()[1] = 99;
        l.bias()[0] = 99;
        assertArrayEquals(new double[] { 1, 2 }, l.weights(), 0);
        assertArrayEquals(new double[] { 3 }, l.bias(), 0);
    }

    @Test
    void refusesBadShapesAndValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new DenseLayer(2, 2, new double[3], new double[2], Activation.RELU));
        assertThrows(IllegalArgumentException.class,
                () -> new DenseLayer(2, 2, new double[4], new double[1], Activation.RELU));
        assertThrows(IllegalArgumentException.class,
                () -> new DenseLayer(0, 2, new double[0], new double[2], Activation.RELU));
        assertThrows(IllegalArgumentException.class,
                () -> new DenseLayer(1, 1, new double[] { Double.NaN }, new double[1], Activation.RELU));
        DenseLayer l = new DenseLayer(1, 1, new double[1], new double[1], Activation.RELU);
        assertThrows(IndexOutOfBoundsException.class, () -> l.weight(1, 0));
    }
}
