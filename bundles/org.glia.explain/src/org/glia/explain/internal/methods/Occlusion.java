package org.glia.explain.internal.methods;

import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.Nodes;

/**
 * Occlusion (id {@code occlusion}): how much the node's activation (the class probability at a softmax output)
 * drops when one region's feature is replaced by its training mean; positive = the region supports the node.
 */
public final class Occlusion implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        return attributeAll(net, input, level, ctx)[node];
    }

    @Override
    public double[][] attributeAll(Mlp net, double[] input, int level, ExplainContext ctx) {
        Nodes.check(net, input, level, 0);
        double[] mean = ctx.trainingMean(input.length);
        double[] original = net.forward(input)[level].clone();
        double[][] maps = new double[original.length][input.length];
        ForwardPass buffer = ForwardPass.allocate(net);
        double[] x = input.clone();
        for (int j = 0; j < x.length; j++) {
            x[j] = mean[j];
            double[] occluded = net.forward(x, buffer).activation(level);
            for (int i = 0; i < original.length; i++) {
                maps[i][j] = original[i] - occluded[i];
            }
            x[j] = input[j];
        }
        return maps;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "Drop of the node's activation when the region is set to its training mean; signed";
    }
}
