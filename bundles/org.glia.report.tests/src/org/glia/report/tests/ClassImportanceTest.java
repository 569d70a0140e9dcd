package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.report.internal.ClassImportance;
import org.junit.jupiter.api.Test;

/** Class maps: normalisation by magnitude, the even spread of an empty map, ranks with ties in region order. */
class ClassImportanceTest {

    /** 3 inputs -> 2 softmax outputs; output 1 reads only input 0, negatively. */
    private static final Mlp NET = new Mlp(List.of(new DenseLayer(3, 2, new double[] {0, 0, 0, -2, 0, 0},
            new double[] {0, 0}, Activation.SOFTMAX)));

    @Test
    void signedMapsAreRankedByMagnitude() {
        double[][] x = {{1, 1, 1}, {2, 0, 1}, {-1, 3, 0}};
        int[] y = {1, 1, 0};
        ClassImportance ci = ClassImportance.compute(AttributionMethods.get("gradxinput"), NET, x, y,
                ExplainContext.of(new double[3]), null);
        double[] signed = ci.signed()[1];
        assertEquals(0, signed[1], 0);
        assertTrue(signed[0] < 0, "input 0 pushes against class 1");
        assertArrayEquals(new double[] {1, 0, 0}, ci.normalised()[1], 1e-15);
        assertArrayEquals(new int[] {1, 2, 3}, ci.rank()[1]);
    }

    @Test
    void aMapWithoutAnyImportanceIsSpreadEvenly() {
        double[][] x = {{0, 0, 0}, {0, 0, 0}};
        int[] y = {0, 1};
        ClassImportance ci = ClassImportance.compute(AttributionMethods.get("gradxinput"), NET, x, y,
                ExplainContext.of(new double[3]), null);
        for (double[] row : ci.normalised()) {
            assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, row, 1e-15);
        }
        assertArrayEquals(new int[] {1, 2, 3}, ci.rank()[0], "ties keep region order");
    }

    @Test
    void thePaperMapsAlreadySumToOne() {
        double[][] x = {{1, 2, 3}, {0.5, -1, 2}};
        int[] y = {0, 1};
        Mlp net = new Mlp(List.of(new DenseLayer(3, 2, new double[] {1, -1, 2, 0.5, 0.5, -3}, new double[] {0.1, 0},
                Activation.SOFTMAX)));
        ClassImportance ci = ClassImportance.compute(AttributionMethods.get("paper"), net, x, y, ExplainContext.defaults(),
                null);
        for (int c = 0; c < 2; c++) {
            assertArrayEquals(ci.signed()[c], ci.normalised()[c], 1e-15);
        }
    }
}
