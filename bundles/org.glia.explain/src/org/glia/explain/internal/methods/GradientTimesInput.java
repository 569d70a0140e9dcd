package org.glia.explain.internal.methods;

import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.Nodes;
import org.glia.explain.internal.Gradients;

/** Gradient × input (id {@code gradxinput}): {@code x_j * d a_S / d x_j}, signed. */
public final class GradientTimesInput implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        double[] g = Gradients.ofActivation(net, net.pass(input), level, node);
        for (int j = 0; j < g.length; j++) {
            g[j] *= input[j];
        }
        return g;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "Gradient × input of the node's activation (class probability at a softmax output); signed";
    }
}
