package org.glia.explain;

import org.glia.core.nn.Mlp;

/**
 * A way of attributing the activation of one node of a network to the input features (brain regions),
 * contributed through the {@code org.glia.explain.methods} extension point.
 * <p>
 * Nodes are addressed by level as in the paper: level 0 is the input, level {@code k} the output of layer
 * {@code k - 1}, level {@code net.depth()} the output. Implementations must be stateless (one instance serves
 * every thread) and deterministic.
 */
public interface AttributionMethod {

    /**
     * The attribution of node {@code node} at level {@code level} to each input feature, for one input.
     *
     * @param net   the network
     * @param input one subject's features ({@code net.inputs()} values)
     * @param level the source node's level, 1 .. {@code net.depth()}
     * @param node  the source node's index within its level
     * @param ctx   training mean, options and the diagnostics sink
     * @return one value per input feature
     */
    double[] attribute(Mlp net, double[] input, int level, int node, ExplainContext ctx);

    /**
     * The attributions of every node of a level at once, {@code [node][feature]}. The default calls
     * {@link #attribute} per node; methods with a cheaper joint computation override it.
     */
    default double[][] attributeAll(Mlp net, double[] input, int level, ExplainContext ctx) {
        Nodes.check(net, input, level, 0);
        double[][] maps = new double[net.sizes()[level]][];
        for (int i = 0; i < maps.length; i++) {
            maps[i] = attribute(net, input, level, i, ctx);
        }
        return maps;
    }

    /** One line for a map legend: what the values mean and how the edge cases are treated. */
    default String legend(ExplainContext ctx) {
        return getClass().getSimpleName();
    }
}
