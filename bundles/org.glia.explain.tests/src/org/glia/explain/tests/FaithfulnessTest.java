package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.DeletionOrder;
import org.glia.explain.ExplainContext;
import org.glia.explain.Faithfulness;
import org.glia.explain.FaithfulnessRow;
import org.glia.explain.MethodDescriptor;
import org.glia.explain.internal.RandomNets;
import org.junit.jupiter.api.Test;

/** ROI-deletion curves and AOPC on a network where the truth is known. */
class FaithfulnessTest {

    private static final int REGIONS = 20;

    /** Logit 0 = sum_j w_j x_j with w_j falling from 2 to 0.1; logit 1 = 0; softmax. */
    private static Mlp knownNet() {
        double[] w = new double[REGIONS];
        for (int j = 0; j < REGIONS; j++) {
            w[j] = 2.0 - 1.9 * j / (REGIONS - 1);
        }
        return Nets.of(Nets.layer(new double[][] { w, new double[REGIONS] }, new double[2], Activation.SOFTMAX));
    }

    private static List<double[]> subjects(int n, SplittableRandom rnd) {
        List<double[]> xs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            double[] x = RandomNets.uniform(REGIONS, rnd);
            for (int j = 0; j < REGIONS; j++) {
                x[j] = 0.05 + 0.2 * x[j]; // every region pushes towards class 0, earlier ones harder
            }
            xs.add(x);
        }
        return xs;
    }

    @Test
    void morfBeatsRandomBeatsLerf() {
        Mlp net = knownNet();
        List<double[]> xs = subjects(30, new SplittableRandom(31));
        int[] labels = new int[xs.size()];
        ExplainContext ctx = ExplainContext.of(new double[REGIONS]);
        List<MethodDescriptor> methods = AttributionMethods.builtIns();
        List<FaithfulnessRow> rows = Faithfulness.evaluate(methods, net, xs, labels, List.of("AD", "HC"), ctx, 5,
                new NullProgressMonitor());
        assertEquals(methods.size() * 2, rows.size());
        for (FaithfulnessRow r : rows) {
            if (r.className().equals("AD")) {
                assertEquals(30, r.subjects());
                assertTrue(r.aopcMorf() > r.aopcRandom() && r.aopcRandom() > r.aopcLerf(), r.toString());
            } else {
                assertEquals(0, r.subjects());
                assertTrue(Double.isNaN(r.aopcMorf()));
            }
        }
        // The random baseline is the same permutation for every method.
        assertEquals(rows.get(0).aopcRandom(), rows.get(2).aopcRandom(), 0);
    }

    @Test
    void sameSeedSameCsv() throws Exception {
        Mlp net = RandomNets.mlp(new int[] { 12, 4, 2 }, Activation.RELU, Activation.SOFTMAX, new SplittableRandom(3));
        List<double[]> xs = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(4);
        int[] labels = new int[10];
        for (int s = 0; s < 10; s++) {
            xs.add(RandomNets.gaussian(12, rnd));
            labels[s] = s % 2;
        }
        ExplainContext ctx = ExplainContext.of(new double[12]);
        String[] csv = new String[2];
        for (int run = 0; run < 2; run++) {
            StringWriter w = new StringWriter();
            Faithfulness.writeCsv(Faithfulness.evaluate(AttributionMethods.builtIns(), net, xs, labels,
                    List.of("HC", "AD, late"), ctx, 9, new NullProgressMonitor()), w);
            csv[run] = w.toString();
        }
        assertEquals(csv[0], csv[1]);
        String[] lines = csv[0].split("\n");
        assertEquals(Faithfulness.CSV_HEADER, lines[0]);
        assertEquals(1 + 6 * 2, lines.length);
        assertTrue(lines[1].startsWith("paper,HC,"), lines[1]);
        assertTrue(lines[2].startsWith("paper,\"AD, late\","), lines[2]);
    }

    @Test
    void curveAndOrders() {
        Mlp net = knownNet();
        double[] x = subjects(1, new SplittableRandom(1)).get(0);
        double[] a = new double[REGIONS];
        a[3] = 5;
        a[7] = -1;
        int[] morf = Faithfulness.order(a, DeletionOrder.MORF, null);
        int[] lerf = Faithfulness.order(a, DeletionOrder.LERF, null);
        assertEquals(3, morf[0]);
        assertEquals(0, morf[1], "ties keep the lower index first");
        assertEquals(7, lerf[0]);
        assertEquals(3, lerf[REGIONS - 1]);
        double[] curve = Faithfulness.deletionCurve(net, x, morf, 0, new double[REGIONS]);
        assertEquals(REGIONS + 1, curve.length);
        assertEquals(net.predict(x)[0], curve[0], 1e-12);
        assertEquals(0.5, curve[REGIONS], 1e-12, "every region at the mean: both logits 0");
        assertArrayEquals(new double[] { 0, 0.5, 0.5 }, new double[] { Faithfulness.aopc(new double[] { 1 }),
                Faithfulness.aopc(new double[] { 1, 0 }), Faithfulness.aopc(new double[] { 1, 0.5, 0 }) }, 1e-15);
        int[] r1 = Faithfulness.order(a, DeletionOrder.RANDOM, new SplittableRandom(8));
        int[] r2 = Faithfulness.order(a, DeletionOrder.RANDOM, new SplittableRandom(8));
        assertArrayEquals(r1, r2);
    }
}
