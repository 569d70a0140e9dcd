package org.glia.explain.internal;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;

/** Backpropagates the derivative of one node's activation to the input features. */
public final class Gradients {

    private Gradients() {
    }

    /**
     * {@code d a_node^level / d x} for the input of {@code pass}; for a softmax level this is the derivative of
     * the class probability.
     */
    public static double[] ofActivation(Mlp net, ForwardPass pass, int level, int node) {
        double[] delta = new double[net.sizes()[level]];
        delta[node] = 1.0;
        for (int k = level - 1; k >= 0; k--) {
            delta = throughLayer(net.layer(k), pass.preActivation(k), pass.activation(k + 1), delta);
        }
        return delta;
    }

    /** {@code d z_node^level / d x}: the derivative of the node's pre-activation (the logit at the output). */
    public static double[] ofPreActivation(Mlp net, ForwardPass pass, int level, int node) {
        DenseLayer top = net.layer(level - 1);
        double[] delta = new double[top.inputs()];
        for (int j = 0; j < delta.length; j++) {
            delta[j] = top.weight(node, j);
        }
        for (int k = level - 2; k >= 0; k--) {
            delta = throughLayer(net.layer(k), pass.preActivation(k), pass.activation(k + 1), delta);
        }
        return delta;
    }

    /** Given dL/da above layer {@code layer}, returns dL/da below it. */
    private static double[] throughLayer(DenseLayer layer, double[] z, double[] a, double[] dA) {
        double[] dz = new double[dA.length];
        Activation f = layer.activation();
        if (f == Activation.SOFTMAX) {
            // d a_i / d z_m = a_i (delta_im - a_m), so dz_m = a_m (dA_m - sum_i dA_i a_i).
            double dot = 0;
            for (int i = 0; i < dA.length; i++) {
                dot += dA[i] * a[i];
            }
            for (int m = 0; m < dA.length; m++) {
                dz[m] = a[m] * (dA[m] - dot);
            }
        } else {
            for (int i = 0; i < dA.length; i++) {
                dz[i] = dA[i] * f.derivative(z[i], a[i]);
            }
        }
        int n = layer.inputs();
        double[] w = layer.weightsView();
        double[] below = new double[n];
        for (int i = 0, row = 0; i < dz.length; i++, row += n) {
            double d = dz[i];
            if (d != 0) {
                for (int j = 0; j < n; j++) {
                    below[j] += d * w[row + j];
                }
            }
        }
        return below;
    }
}
