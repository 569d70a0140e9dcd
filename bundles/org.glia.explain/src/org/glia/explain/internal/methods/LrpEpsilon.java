package org.glia.explain.internal.methods;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.Nodes;

/**
 * LRP-ε (id {@code lrp-eps}): starts from the node's pre-activation z_S and redistributes
 * {@code R_j = sum_i a_j W_ij / (z_i + ε sign(z_i)) R_i}; biases and ε absorb part of the relevance.
 */
public final class LrpEpsilon implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        ForwardPass pass = net.pass(input);
        double eps = ctx.lrpEpsilon();
        double[] r = new double[net.sizes()[level]];
        r[node] = pass.preActivation(level - 1)[node];
        for (int k = level - 1; k >= 0; k--) {
            r = down(net.layer(k), pass.activation(k), pass.preActivation(k), r, eps);
        }
        return r;
    }

    /** One layer of the ε rule; {@code z} already contains the bias. */
    static double[] down(DenseLayer layer, double[] a, double[] z, double[] upper, double eps) {
        int n = layer.inputs();
        double[] w = layer.weightsView();
        double[] lower = new double[n];
        for (int i = 0, row = 0; i < upper.length; i++, row += n) {
            if (upper[i] == 0) {
                continue;
            }
            double den = z[i] + (z[i] >= 0 ? eps : -eps);
            if (den == 0) {
                continue; // only possible with ε = 0 and z = 0: the relevance is lost, as the rule has no answer
            }
            double c = upper[i] / den;
            for (int j = 0; j < n; j++) {
                lower[j] += w[row + j] * c;
            }
        }
        for (int j = 0; j < n; j++) {
            lower[j] *= a[j];
        }
        return lower;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "LRP-ε relevance of the node's pre-activation (ε = " + ctx.lrpEpsilon() + "); signed";
    }
}
