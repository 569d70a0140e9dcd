package org.glia.explain.internal.methods;

import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportanceEngine;
import org.glia.explain.Importances;
import org.glia.explain.Diagnostics;
import org.glia.explain.Nodes;

/** The paper's importance-factor backpropagation as an {@link AttributionMethod} (id {@code paper}). */
public final class PaperMethod implements AttributionMethod {

    /** The last network prepared, reused while callers keep asking about the same model (immutable, so safe). */
    private volatile ImportanceEngine last;

    @Override
    public double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx) {
        Nodes.check(net, input, level, node);
        Importances r = ImportanceBackprop.fromNode(net, net.pass(input), level, node, ctx.policy());
        if (r.dropped() > 0) {
            ctx.diagnostics().record(Diagnostics.PAPER_DROPPED, r.dropped());
        }
        if (r.spread() > 0) {
            ctx.diagnostics().record(Diagnostics.PAPER_SPREAD, r.spread());
        }
        return r.regions();
    }

    @Override
    public double[][] attributeAll(Mlp net, double[] input, int level, ExplainContext ctx) {
        Nodes.check(net, input, level, 0);
        ImportanceEngine engine = last;
        if (engine == null || engine.net() != net) {
            engine = ImportanceEngine.of(net);
            last = engine;
        }
        return engine.subject(net.pass(input), ctx.policy(), ctx.parallel()).allNodes(level, ctx.parallel());
    }

    @Override
    public String legend(ExplainContext ctx) {
        return "Importance share of the node (paper rule, |W|·A, sums to 1); " + ctx.policy().legend();
    }
}
