package org.glia.explain.internal.methods;

import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.Diagnostics;
import org.glia.explain.ExplainContext;
import org.glia.explain.Nodes;
import org.glia.explain.internal.Gradients;

/**
 * Integrated gradients (id {@code ig}) of the node's activation along the straight line from the training mean
 * to the input, by the midpoint rule; reports the completeness error to the context's diagnostics.
 */
public final class IntegratedGradients implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        double[] base = ctx.trainingMean(input.length);
        int steps = ctx.igSteps();
        int n = input.length;
        double[] sum = new double[n];
        double[] x = new double[n];
        ForwardPass buffer = ForwardPass.allocate(net);
        for (int s = 0; s < steps; s++) {
            double alpha = (s + 0.5) / steps;
            for (int j = 0; j < n; j++) {
                x[j] = base[j] + alpha * (input[j] - base[j]);
            }
            double[] g = Gradients.ofActivation(net, net.forward(x, buffer), level, node);
            for (int j = 0; j < n; j++) {
                sum[j] += g[j];
            }
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
            sum[j] *= (input[j] - base[j]) / steps;
            total += sum[j];
        }
        double change = net.forward(input)[level][node] - net.forward(base)[level][node];
        ctx.diagnostics().record(Diagnostics.IG_COMPLETENESS_ERROR, Math.abs(total - change));
        return sum;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "Integrated gradients from the training mean (" + ctx.igSteps() + " steps); signed, sums to the"
                + " change of the node's activation";
    }
}
