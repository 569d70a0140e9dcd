package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.train.internal.Backprop;
import org.glia.train.internal.Params;
import org.junit.jupiter.api.Test;

/** Back-propagated gradients agree with finite differences of the loss, for every activation. */
class GradientTest {

    @Test
    void gradientsMatchFiniteDifferences() {
        Toy data = Toy.blobs(new int[] {4, 3, 3}, 4, 2, 5);
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.IDENTITY,
                Activation.RELU}) {
            Mlp base = Toy.network(9, 4, 5, 3, 3);
            List<DenseLayer> layers = new ArrayList<>();
            for (int k = 0; k < base.depth(); k++) {
                DenseLayer d = base.layer(k);
                double[] b = d.bias();
                for (int i = 0; i < b.length; i++) {
                    b[i] = 0.05 * (i + 1); // keep ReLU units away from their kink
                }
                layers.add(new DenseLayer(d.inputs(), d.outputs(), d.weights(), b,
                        k == base.depth() - 1 ? Activation.SOFTMAX : hidden));
            }
            Mlp net = new Mlp(layers);
            check(net, data, 0.01, hidden);
        }
    }

    private static void check(Mlp net, Toy data, double l2, Activation hidden) {
        int n = data.y.length;
        int[] idx = IntStream.range(0, n).toArray();
        Backprop bp = new Backprop(net.sizes(), n);
        Params p = Params.of(net);
        bp.gradient(p, data.x, data.y, idx, 0, n, l2);
        double[][] gw = copy(bp.weightGradients());
        double[][] gb = copy(bp.biasGradients());
        double h = 1e-6;
        for (int k = 0; k < net.depth(); k++) {
            for (int i = 0; i < net.layer(k).weightsView().length; i += 3) {
                double numeric = (loss(net, data, k, i, h, true, l2) - loss(net, data, k, i, -h, true, l2)) / (2 * h);
                assertEquals(numeric, gw[k][i], 1e-6, hidden + " weight " + k + "/" + i);
            }
            for (int i = 0; i < net.layer(k).outputs(); i++) {
                double numeric = (loss(net, data, k, i, h, false, l2) - loss(net, data, k, i, -h, false, l2)) / (2 * h);
                assertEquals(numeric, gb[k][i], 1e-6, hidden + " bias " + k + "/" + i);
            }
        }
    }

    /** Mean cross-entropy plus l2/2 |W|^2 with one parameter moved by {@code delta}. */
    private static double loss(Mlp net, Toy data, int layer, int index, double delta, boolean weight, double l2) {
        List<DenseLayer> layers = new ArrayList<>();
        double penalty = 0;
        for (int k = 0; k < net.depth(); k++) {
            DenseLayer d = net.layer(k);
            double[] w = d.weights();
            double[] b = d.bias();
            if (k == layer) {
                if (weight) {
                    w[index] += delta;
                } else {
                    b[index] += delta;
                }
            }
            for (double v : w) {
                penalty += v * v;
            }
            layers.add(new DenseLayer(d.inputs(), d.outputs(), w, b, d.activation()));
        }
        Mlp m = new Mlp(layers);
        double sum = 0;
        for (int s = 0; s < data.y.length; s++) {
            sum -= Math.log(m.predict(data.x[s])[data.y[s]]);
        }
        return sum / data.y.length + l2 / 2 * penalty;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
