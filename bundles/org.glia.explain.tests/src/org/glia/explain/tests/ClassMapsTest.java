package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.internal.RandomNets;
import org.junit.jupiter.api.Test;

/** Class-level maps are the per-class means of the subjects' maps. */
class ClassMapsTest {

    @Test
    void classMapIsMeanOfItsSubjects() {
        SplittableRandom rnd = new SplittableRandom(41);
        Mlp net = RandomNets.mlp(new int[] { 9, 5, 3 }, Activation.RELU, Activation.SOFTMAX, rnd);
        List<double[]> xs = new ArrayList<>();
        int[] labels = { 0, 1, 0, 0, 1, 1, 0 };
        for (int s = 0; s < labels.length; s++) {
            xs.add(RandomNets.gaussian(9, rnd));
        }
        AttributionMethod paper = AttributionMethods.get("paper").method();
        ExplainContext ctx = ExplainContext.defaults();
        double[][] maps = ClassMaps.ofClasses(paper, net, xs, labels, ctx, new NullProgressMonitor());
        double[] expected = new double[9];
        for (int s : new int[] { 0, 2, 3, 6 }) {
            double[] m = paper.attribute(net, xs.get(s), 2, 0, ctx);
            for (int j = 0; j < 9; j++) {
                expected[j] += m[j] / 4;
            }
        }
        assertArrayEquals(expected, maps[0], 1e-15);
        assertEquals(1.0, Nets.sum(maps[1]), 1e-12, "a mean of maps that sum to 1 sums to 1");
        assertTrue(Double.isNaN(maps[2][0]), "class 2 has no subjects");

        double[][][] hidden = ClassMaps.ofLevel(paper, net, xs, labels, 2, 1, ctx, new NullProgressMonitor());
        assertEquals(5, hidden[0].length);
        double[] node3 = new double[9];
        for (int s : new int[] { 1, 4, 5 }) {
            double[] m = paper.attribute(net, xs.get(s), 1, 3, ctx);
            for (int j = 0; j < 9; j++) {
                node3[j] += m[j] / 3;
            }
        }
        assertArrayEquals(node3, hidden[1][3], 1e-12);
    }
}
