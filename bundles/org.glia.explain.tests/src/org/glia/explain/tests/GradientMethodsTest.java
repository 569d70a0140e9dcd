package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.Diagnostics;
import org.glia.explain.ExplainContext;
import org.glia.explain.internal.Gradients;
import org.glia.explain.internal.RandomNets;
import org.junit.jupiter.api.Test;

/** Gradient × input against finite differences, and the completeness of integrated gradients. */
class GradientMethodsTest {

    private static double activation(Mlp net, double[] x, int level, int node) {
        return net.forward(x)[level][node];
    }

    @Test
    void gradientTimesInputMatchesFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(11);
        AttributionMethod m = AttributionMethods.get("gradxinput").method();
        double h = 1e-5;
        for (int t = 0; t < 100; t++) {
            // Smooth hidden activations so that central differences are accurate everywhere.
            Activation hidden = t % 2 == 0 ? Activation.TANH : Activation.SIGMOID;
            Activation out = t % 3 == 0 ? Activation.IDENTITY : Activation.SOFTMAX;
            Mlp net = RandomNets.mlp(new int[] { 5, 4, 3, 3 }, hidden, out, rnd);
            double[] x = RandomNets.gaussian(5, rnd);
            for (int level = 1; level <= net.depth(); level++) {
                for (int node = 0; node < net.sizes()[level]; node++) {
                    double[] gx = m.attribute(net, x, level, node, ExplainContext.defaults());
                    for (int j = 0; j < x.length; j++) {
                        double[] p = x.clone();
                        double[] q = x.clone();
                        p[j] += h;
                        q[j] -= h;
                        double fd = (activation(net, p, level, node) - activation(net, q, level, node)) / (2 * h);
                        assertEquals(fd * x[j], gx[j], 1e-8, "net " + t + " node " + level + ":" + node + " x" + j);
                    }
                }
            }
        }
    }

    @Test
    void preActivationGradientMatchesFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(12);
        Mlp net = RandomNets.mlp(new int[] { 4, 3, 2 }, Activation.TANH, Activation.SOFTMAX, rnd);
        double[] x = RandomNets.gaussian(4, rnd);
        double[] g = Gradients.ofPreActivation(net, net.pass(x), 2, 1);
        double h = 1e-5;
        for (int j = 0; j < 4; j++) {
            double[] p = x.clone();
            double[] q = x.clone();
            p[j] += h;
            q[j] -= h;
            double fd = (net.pass(p).preActivation(1)[1] - net.pass(q).preActivation(1)[1]) / (2 * h);
            assertEquals(fd, g[j], 1e-8);
        }
    }

    @Test
    void integratedGradientsAreComplete() {
        SplittableRandom rnd = new SplittableRandom(13);
        AttributionMethod ig = AttributionMethods.get("ig").method();
        for (int t = 0; t < 50; t++) {
            Activation hidden = Nets.HIDDEN[t % 3];
            Mlp net = RandomNets.mlp(new int[] { 6, 5, 4, 2 }, hidden, Activation.SOFTMAX, rnd);
            double[] mean = RandomNets.gaussian(6, rnd);
            double[] x = RandomNets.gaussian(6, rnd);
            Diagnostics d = new Diagnostics();
            ExplainContext ctx = ExplainContext.of(mean).withIgSteps(400).withDiagnostics(d);
            double[] a = ig.attribute(net, x, 3, 0, ctx);
            double change = activation(net, x, 3, 0) - activation(net, mean, 3, 0);
            // The midpoint rule is exact to O(1/steps^2) on smooth paths; ReLU kinks cost O(1/steps).
            double tolerance = hidden == Activation.RELU ? 5e-3 : 1e-5;
            assertEquals(change, Nets.sum(a), tolerance, "net " + t + " " + hidden);
            Diagnostics.Figure f = d.get(Diagnostics.IG_COMPLETENESS_ERROR);
            assertEquals(1, f.count());
            assertEquals(Math.abs(Nets.sum(a) - change), f.last(), 1e-15);
        }
    }

    @Test
    void integratedGradientsOfALinearNodeAreExact() {
        Mlp net = Nets.of(Nets.layer(new double[][] { { 2, -1, 0.5 } }, new double[] { 3 }, Activation.IDENTITY));
        double[] mean = { 1, 1, 1 };
        double[] x = { 2, 3, -1 };
        double[] a = AttributionMethods.get("ig").method().attribute(net, x, 1, 0, ExplainContext.of(mean).withIgSteps(3));
        assertArrayEquals(new double[] { 2 * 1, -1 * 2, 0.5 * -2 }, a, 1e-15);
    }

    @Test
    void integratedGradientsNeedTheMean() {
        Mlp net = Nets.of(Nets.layer(new double[][] { { 1 } }, new double[] { 0 }, Activation.IDENTITY));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> AttributionMethods.get("ig").method().attribute(net, new double[] { 1 }, 1, 0,
                        ExplainContext.defaults()));
        assertTrue(e.getMessage().contains("training mean"));
    }
}
