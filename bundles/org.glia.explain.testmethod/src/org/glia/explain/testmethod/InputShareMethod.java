package org.glia.explain.testmethod;

import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.Nodes;

/** A deliberately trivial third-party method: each feature's share of the input's total magnitude. */
public final class InputShareMethod implements AttributionMethod {

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        double total = 0;
        for (double v : input) {
            total += Math.abs(v);
        }
        double[] share = new double[input.length];
        for (int j = 0; j < input.length; j++) {
            share[j] = total > 0 ? Math.abs(input[j]) / total : 1.0 / input.length;
        }
        return share;
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "Share of the input's total magnitude (test contribution; ignores the network)";
    }
}
