package org.glia.explain;

import java.util.Objects;

import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.internal.ImportanceVector;

/**
 * The paper's importance-factor backpropagation (§IV.B), computed level by level, never by enumerating paths.
 * <p>
 * For layer {@code k} (level {@code k} to {@code k + 1}) every node {@code i} above splits its importance
 * {@code r_i} over the nodes {@code j} below in proportion to {@code |W_ij| * A_j}:
 * {@code r_j = sum_i |W_ij| A_j / (sum_l |W_il| A_l) * r_i}. What negative activations and zero
 * denominators do is set by an {@link ImportancePolicy}. One node costs one pass over the weights below it;
 * all nodes of a level are the product of the normalised matrices. For many maps of one network, prepare it
 * once with {@link ImportanceEngine}.
 */
public final class ImportanceBackprop {

    private ImportanceBackprop() {
    }

    /**
     * The importance of every level for one source node.
     *
     * @param net    the network
     * @param pass   the subject's forward pass through {@code net}
     * @param level  the source node's level (1 .. depth)
     * @param node   the source node's index
     * @param policy treatment of negative activations and zero denominators
     */
    public static Importances fromNode(Mlp net, ForwardPass pass, int level, int node, ImportancePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Nodes.check(net, pass.activation(0), level, node);
        return ImportanceVector.fromNode(net, pass, level, node, policy);
    }

    /**
     * The region maps of every node of one level, {@code [node][feature]}, computed jointly (the cheaper of
     * multiplying the normalised matrices from the inputs up or from the source level down).
     */
    public static double[][] allNodes(Mlp net, ForwardPass pass, int level, ImportancePolicy policy,
            boolean parallel) {
        Objects.requireNonNull(policy, "policy");
        Nodes.check(net, pass.activation(0), level, 0);
        return ImportanceEngine.of(net).subject(pass, policy, parallel).allNodes(level, parallel);
    }

    /** The region maps of every node of every level in one pass up the network. */
    public static NodeMaps everyNode(Mlp net, ForwardPass pass, ImportancePolicy policy, boolean parallel) {
        Objects.requireNonNull(policy, "policy");
        return ImportanceEngine.of(net).subject(pass, policy, parallel).everyNode(parallel);
    }
}
