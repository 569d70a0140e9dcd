package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.core.nn.Activation;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.Diagnostics;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.ImportancePolicy.Negatives;
import org.glia.explain.ImportancePolicy.ZeroInput;
import org.glia.explain.Importances;
import org.glia.explain.internal.PathEnumeration;
import org.junit.jupiter.api.Test;

/** The cases the paper's formula leaves open: zero denominators and negative activations. */
class DegenerateCasesTest {

    private static final ImportancePolicy DROP = new ImportancePolicy(Negatives.ABSOLUTE, ZeroInput.DROP);

    // Hidden layer: node 0 is dead (negative bias), node 1 alive. Output 0 reads only the dead node but has a
    // positive bias, so its denominator |v| * A is zero although it is active.
    private static final Mlp NET = Nets.of(
            Nets.layer(new double[][] { { 1, 1, 1 }, { 1, -2, 0.5 } }, new double[] { -10, 0 }, Activation.RELU),
            Nets.layer(new double[][] { { 2, 0 }, { 1, 1 } }, new double[] { 1, 0 }, Activation.IDENTITY));
    private static final double[] X = { 2, -1, 4 };

    @Test
    void zeroDenominatorIsSpreadEvenlyByDefault() {
        ForwardPass pass = NET.pass(X);
        assertArrayEquals(new double[] { 0, 6 }, pass.activation(1), 1e-15);
        Importances r = ImportanceBackprop.fromNode(NET, pass, 2, 0, ImportancePolicy.DEFAULT);
        assertArrayEquals(new double[] { 0.5, 0.5 }, r.levels()[1], 1e-15);
        assertEquals(1.0, r.spread(), 1e-15);
        assertEquals(0.0, r.dropped());
        // Below, the dead node 0 has inputs, so the ordinary rule applies: row (1,1,1) on |x| = (2,1,4) -> /7;
        // node 1: (2, 2, 2) / 6.
        double[] expected = { 0.5 * 2 / 7 + 0.5 * 2 / 6, 0.5 * 1 / 7 + 0.5 * 2 / 6, 0.5 * 4 / 7 + 0.5 * 2 / 6 };
        assertArrayEquals(expected, r.regions(), 1e-15);
        assertArrayEquals(new double[] { 1, 1, 1 }, r.levelSums(), 1e-15);
        assertArrayEquals(PathEnumeration.regions(NET, pass, 2, 0, ImportancePolicy.DEFAULT), r.regions(), 1e-15);
    }

    @Test
    void zeroDenominatorCanBeDroppedAndIsReported() {
        ForwardPass pass = NET.pass(X);
        Importances r = ImportanceBackprop.fromNode(NET, pass, 2, 0, DROP);
        assertEquals(1.0, r.dropped(), 0);
        assertArrayEquals(new double[] { 0, 0, 0 }, r.regions(), 0);
        Diagnostics d = new Diagnostics();
        ExplainContext ctx = ExplainContext.defaults().withPolicy(DROP).withDiagnostics(d);
        AttributionMethods.get("paper").method().attribute(NET, X, 2, 0, ctx);
        assertEquals(1.0, d.get(Diagnostics.PAPER_DROPPED).max(), 0);
        assertNull(d.get(Diagnostics.PAPER_SPREAD));
        // Output 1 reads the live node: nothing is dropped, everything sums to 1.
        Importances ok = ImportanceBackprop.fromNode(NET, pass, 2, 1, DROP);
        assertEquals(0.0, ok.dropped());
        assertEquals(1.0, Nets.sum(ok.regions()), 1e-15);
    }

    @Test
    void deadSourceWithoutInputs() {
        // An all-zero input: every first-layer denominator is zero.
        ForwardPass pass = NET.pass(new double[3]);
        assertArrayEquals(new double[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 },
                ImportanceBackprop.fromNode(NET, pass, 1, 1, ImportancePolicy.DEFAULT).regions(), 1e-15);
        assertArrayEquals(new double[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 },
                ImportanceBackprop.allNodes(NET, pass, 2, ImportancePolicy.DEFAULT, false)[1], 1e-15);
        Importances dropped = ImportanceBackprop.fromNode(NET, pass, 1, 1, DROP);
        assertEquals(1.0, dropped.dropped());
        assertArrayEquals(new double[3], ImportanceBackprop.allNodes(NET, pass, 2, DROP, false)[1], 0);
    }

    @Test
    void negativeInputsCountByMagnitudeOrNotAtAll() {
        // z-scored input: region 1 is far below average. One tanh layer, source = the hidden node.
        Mlp net = Nets.of(Nets.layer(new double[][] { { 1, 1, 1 } }, new double[] { 0 }, Activation.TANH),
                Nets.layer(new double[][] { { 1 } }, new double[] { 0 }, Activation.IDENTITY));
        double[] x = { 1, -2, 1 };
        ForwardPass pass = net.pass(x);
        assertArrayEquals(new double[] { 0.25, 0.5, 0.25 },
                ImportanceBackprop.fromNode(net, pass, 1, 0, ImportancePolicy.DEFAULT).regions(), 1e-15);
        ImportancePolicy positive = new ImportancePolicy(Negatives.POSITIVE_PART, ZeroInput.SPREAD_EVENLY);
        assertArrayEquals(new double[] { 0.5, 0, 0.5 },
                ImportanceBackprop.fromNode(net, pass, 1, 0, positive).regions(), 1e-15);
        // tanh(0) = 0 at the hidden level: a negative hidden activation (-> |A|) is handled the same way.
        double[] y = { -1, -2, -1 };
        Importances r = ImportanceBackprop.fromNode(net, net.pass(y), 2, 0, ImportancePolicy.DEFAULT);
        assertTrue(net.pass(y).activation(1)[0] < 0);
        assertArrayEquals(new double[] { 1, 1, 1 }, r.levelSums(), 1e-15);
        Importances p = ImportanceBackprop.fromNode(net, net.pass(y), 2, 0, positive);
        assertArrayEquals(new double[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }, p.regions(), 1e-15);
        assertEquals(2.0, p.spread(), 1e-15, "spread once at the output and once at the hidden node");
    }

    @Test
    void legendNamesThePolicy() {
        String legend = AttributionMethods.get("paper").method().legend(ExplainContext.defaults());
        assertNotNull(legend);
        assertTrue(legend.contains("|A|") && legend.contains("spread evenly"), legend);
        String drop = AttributionMethods.get("paper").method().legend(ExplainContext.defaults().withPolicy(DROP));
        assertTrue(drop.contains("dropped"), drop);
    }
}
