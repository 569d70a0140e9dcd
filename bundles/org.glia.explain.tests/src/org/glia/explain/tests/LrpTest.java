package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.internal.RandomNets;
import org.junit.jupiter.api.Test;

/** LRP-ε conservation up to its ε and bias terms, and LRP-z+ against the paper rule. */
class LrpTest {

    private static final AttributionMethod EPS = AttributionMethods.get("lrp-eps").method();
    private static final AttributionMethod ZPLUS = AttributionMethods.get("lrp-zplus").method();

    /** A copy of {@code net} with every bias set to zero. */
    private static Mlp withoutBias(Mlp net) {
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer l : net.layers()) {
            layers.add(new DenseLayer(l.inputs(), l.outputs(), l.weights(), new double[l.outputs()], l.activation()));
        }
        return new Mlp(layers);
    }

    @Test
    void oneLayerAccountsExactlyForBiasAndEpsilon() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (int t = 0; t < 200; t++) {
            Mlp net = RandomNets.mlp(new int[] { 7, 3 }, Activation.RELU, Activation.IDENTITY, rnd);
            double[] x = RandomNets.gaussian(7, rnd);
            double eps = 0.05;
            ForwardPass pass = net.pass(x);
            for (int node = 0; node < 3; node++) {
                double z = pass.preActivation(0)[node];
                double b = net.layer(0).bias(node);
                double[] r = EPS.attribute(net, x, 1, node, ExplainContext.defaults().withLrpEpsilon(eps));
                // sum_j a_j w_ij / (z + eps sign z) * z = (z - b) z / (z + eps sign z).
                assertEquals((z - b) * z / (z + (z >= 0 ? eps : -eps)), Nets.sum(r), 1e-12);
            }
        }
    }

    @Test
    void conservesWithoutBiasAsEpsilonVanishes() {
        SplittableRandom rnd = new SplittableRandom(22);
        for (int t = 0; t < 500; t++) {
            Mlp net = withoutBias(Nets.small(rnd, Activation.IDENTITY));
            double[] x = RandomNets.gaussian(net.inputs(), rnd);
            ForwardPass pass = net.pass(x);
            // Without bias each layer passes on sum_i R_i z_i / (z_i + ε sign z_i), which tends to sum_i R_i.
            for (int node = 0; node < net.outputs(); node++) {
                double z = pass.preActivation(net.depth() - 1)[node];
                double[] r = EPS.attribute(net, x, net.depth(), node, ExplainContext.defaults().withLrpEpsilon(1e-9));
                assertEquals(z, Nets.sum(r), 1e-6 * (1 + Math.abs(z)), "net " + t);
            }
        }
    }

    @Test
    void zPlusSumsToOneAndIsNonNegative() {
        SplittableRandom rnd = new SplittableRandom(23);
        for (int t = 0; t < 500; t++) {
            Mlp net = Nets.small(rnd, Activation.SOFTMAX);
            double[] x = RandomNets.gaussian(net.inputs(), rnd);
            for (int node = 0; node < net.outputs(); node++) {
                double[] r = ZPLUS.attribute(net, x, net.depth(), node, ExplainContext.defaults());
                assertEquals(1.0, Nets.sum(r), 1e-9);
                for (double v : r) {
                    assertTrue(v >= 0);
                }
            }
        }
    }

    @Test
    void zPlusEqualsPaperRuleWhenWeightsAndActivationsArePositive() {
        // Then max(0, a_j W_ij) = |W_ij| a_j: the two rules coincide.
        SplittableRandom rnd = new SplittableRandom(24);
        for (int t = 0; t < 100; t++) {
            Mlp random = RandomNets.mlp(new int[] { 5, 4, 3, 2 }, Activation.SIGMOID, Activation.SOFTMAX, rnd);
            List<DenseLayer> layers = new ArrayList<>();
            for (DenseLayer l : random.layers()) {
                double[] w = l.weights();
                for (int i = 0; i < w.length; i++) {
                    w[i] = Math.abs(w[i]);
                }
                layers.add(new DenseLayer(l.inputs(), l.outputs(), w, l.bias(), l.activation()));
            }
            Mlp net = new Mlp(layers);
            double[] x = RandomNets.uniform(5, rnd);
            for (int node = 0; node < 2; node++) {
                assertArrayEquals(ImportanceBackprop.fromNode(net, net.pass(x), 3, node, ImportancePolicy.DEFAULT)
                        .regions(), ZPLUS.attribute(net, x, 3, node, ExplainContext.defaults()), 1e-12);
            }
        }
    }
}
