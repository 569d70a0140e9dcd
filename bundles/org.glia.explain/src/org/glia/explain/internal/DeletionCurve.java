package org.glia.explain.internal;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/**
 * Runs one ROI-deletion curve: replaces features by their training mean one after another and records one
 * output node after each step. The first layer's pre-activations are updated incrementally (one column per
 * step) so a curve over n regions costs n small updates, not n full passes through the first layer.
 */
public final class DeletionCurve {

    private DeletionCurve() {
    }

    /**
     * {@code curve[k]} = output {@code node} after replacing the first {@code k} features of {@code order}
     * ({@code k = 0 .. steps}).
     */
    public static double[] run(Mlp net, double[] input, int[] order, int steps, int node, double[] mean) {
        DenseLayer first = net.layer(0);
        int n = first.inputs();
        double[] w = first.weightsView();
        double[] z0 = new double[first.outputs()];
        first.preActivate(input, z0);
        double[][] buffers = new double[net.depth()][];
        for (int k = 0; k < net.depth(); k++) {
            buffers[k] = new double[net.layer(k).outputs()];
        }
        double[] curve = new double[steps + 1];
        curve[0] = top(net, z0, buffers, node);
        for (int s = 0; s < steps; s++) {
            int j = order[s];
            double delta = mean[j] - input[j];
            if (delta != 0) {
                for (int i = 0; i < z0.length; i++) {
                    z0[i] += w[i * n + j] * delta;
                }
            }
            curve[s + 1] = top(net, z0, buffers, node);
        }
        return curve;
    }

    private static double top(Mlp net, double[] z0, double[][] buffers, int node) {
        System.arraycopy(z0, 0, buffers[0], 0, z0.length);
        net.layer(0).activation().apply(buffers[0]);
        for (int k = 1; k < net.depth(); k++) {
            DenseLayer l = net.layer(k);
            l.preActivate(buffers[k - 1], buffers[k]);
            l.activation().apply(buffers[k]);
        }
        return buffers[net.depth() - 1][node];
    }
}
