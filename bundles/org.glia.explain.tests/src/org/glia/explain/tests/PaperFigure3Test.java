package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glia.core.nn.Activation;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.Importances;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the paper's Figure 3: inputs I1..I3, hidden J1, J2 and a source S. The paper gives the
 * share of I1 along edge J1-I1 as {@code |w1| a1 / (|w1| a1 + |w2| a2 + |w3| a3) * r_J1}; the numbers are ours.
 */
class PaperFigure3Test {

    // x = (a1, a2, a3) = (1, 2, 0.5).
    // J1: weights (w1, w2, w3) = (0.5, -1, 2), bias 1.5 -> relu(0.5 - 2 + 1 + 1.5) = 1.
    //     |w| * a = (0.5, 2, 1), sum 3.5.
    // J2: weights (1, 0.25, -2), bias 1.5 -> relu(1 + 0.5 - 1 + 1.5) = 2.
    //     |w| * a = (1, 0.5, 1), sum 2.5.
    // S:  weights (3, -1) from (J1, J2) -> |v| * A = (3, 2): r_J1 = 3/5, r_J2 = 2/5.
    private static final Mlp NET = Nets.of(
            Nets.layer(new double[][] { { 0.5, -1, 2 }, { 1, 0.25, -2 } }, new double[] { 1.5, 1.5 }, Activation.RELU),
            Nets.layer(new double[][] { { 3, -1 } }, new double[] { 0 }, Activation.IDENTITY));
    private static final double[] X = { 1, 2, 0.5 };

    @Test
    void forwardPassIsAsWorkedOut() {
        assertArrayEquals(new double[] { 1, 2 }, NET.forward(X)[1], 1e-15);
    }

    @Test
    void shareOfI1AlongJ1() {
        ForwardPass pass = NET.pass(X);
        Importances r = ImportanceBackprop.fromNode(NET, pass, 2, 0, ImportancePolicy.DEFAULT);
        double rJ1 = r.levels()[1][0];
        assertEquals(0.6, rJ1, 1e-15);
        // The edge's share: |w1| a1 / (|w1| a1 + |w2| a2 + |w3| a3) * r_J1 = 0.5 / 3.5 * 0.6 = 3/35.
        double alongJ1 = 0.5 * 1 / (0.5 * 1 + 1 * 2 + 2 * 0.5) * rJ1;
        assertEquals(3.0 / 35, alongJ1, 1e-15);
        // I1 also receives 1 / 2.5 of r_J2 = 0.4 * 0.4 along J2-I1; the total is 3/35 + 4/25 = 43/175.
        assertEquals(alongJ1 + 0.4 * 0.4, r.regions()[0], 1e-15);
    }

    @Test
    void fullRegionMap() {
        Importances r = ImportanceBackprop.fromNode(NET, NET.pass(X), 2, 0, ImportancePolicy.DEFAULT);
        assertArrayEquals(new double[] { 0.6, 0.4 }, r.levels()[1], 1e-15);
        assertArrayEquals(new double[] { 43.0 / 175, 74.0 / 175, 58.0 / 175 }, r.regions(), 1e-15);
        assertArrayEquals(new double[] { 1, 1, 1 }, r.levelSums(), 1e-15);
    }

    @Test
    void hiddenNodeAsSource() {
        // Source J1 itself: its region map is its own normalised row (1/7, 4/7, 2/7).
        double[] m = ImportanceBackprop.fromNode(NET, NET.pass(X), 1, 0, ImportancePolicy.DEFAULT).regions();
        assertArrayEquals(new double[] { 1.0 / 7, 4.0 / 7, 2.0 / 7 }, m, 1e-15);
    }
}
