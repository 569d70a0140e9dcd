package org.glia.explain.internal.methods;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportancePolicy.ZeroInput;
import org.glia.explain.Nodes;

/**
 * LRP-z+ / α1β0 (id {@code lrp-zplus}): starting from 1 at the source, each node splits its relevance over the
 * positive contributions {@code max(0, a_j W_ij)} of the level below; biases are ignored so every level sums to 1.
 * Zero denominators follow the context's {@link org.glia.explain.ImportancePolicy}.
 */
public final class LrpZPlus implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        ForwardPass pass = net.pass(input);
        boolean spread = ctx.policy().zeroInput() == ZeroInput.SPREAD_EVENLY;
        double[] r = new double[net.sizes()[level]];
        r[node] = 1.0;
        for (int k = level - 1; k >= 0; k--) {
            r = down(net.layer(k), pass.activation(k), r, spread);
        }
        return r;
    }

    private static double[] down(DenseLayer layer, double[] a, double[] upper, boolean spread) {
        int n = layer.inputs();
        double[] w = layer.weightsView();
        double[] lower = new double[n];
        double zero = 0;
        for (int i = 0, row = 0; i < upper.length; i++, row += n) {
            if (upper[i] == 0) {
                continue;
            }
            double den = 0;
            for (int j = 0; j < n; j++) {
                den += Math.max(0, a[j] * w[row + j]);
            }
            if (den > 0) {
                double c = upper[i] / den;
                for (int j = 0; j < n; j++) {
                    lower[j] += Math.max(0, a[j] * w[row + j]) * c;
                }
            } else {
                zero += upper[i];
            }
        }
        if (spread && zero > 0) {
            for (int j = 0; j < n; j++) {
                lower[j] += zero / n;
            }
        }
        return lower;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "LRP-z+ (α1β0) share of positive contributions, sums to 1; zero-input nodes: "
                + (ctx.policy().zeroInput() == ZeroInput.SPREAD_EVENLY ? "spread evenly" : "dropped");
    }
}
