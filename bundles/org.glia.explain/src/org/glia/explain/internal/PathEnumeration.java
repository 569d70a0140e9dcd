package org.glia.explain.internal;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.ImportancePolicy.ZeroInput;

/**
 * The paper's rule computed literally: every path from the source node down to every input is followed and the
 * products of its edge shares are summed. Exponential in depth; a reference for tests and the benchmark only.
 */
public final class PathEnumeration {

    private final Mlp net;
    private final ForwardPass pass;
    private final ImportancePolicy policy;
    private double[] regions;

    private PathEnumeration(Mlp net, ForwardPass pass, ImportancePolicy policy) {
        this.net = net;
        this.pass = pass;
        this.policy = policy;
    }

    /** The region map of one source node by explicit path enumeration. */
    public static double[] regions(Mlp net, ForwardPass pass, int level, int node, ImportancePolicy policy) {
        PathEnumeration e = new PathEnumeration(net, pass, policy);
        e.regions = new double[net.inputs()];
        e.walk(level, node, 1.0);
        return e.regions;
    }

    /** Number of complete source-to-input paths through a network from one node of {@code level}. */
    public static long pathCount(Mlp net, int level) {
        long count = 1;
        int[] n = net.sizes();
        for (int k = 0; k < level; k++) {
            count = Math.multiplyExact(count, n[k]);
        }
        return count;
    }

    private void walk(int level, int node, double share) {
        if (level == 0) {
            regions[node] += share;
            return;
        }
        DenseLayer layer = net.layer(level - 1);
        double[] a = pass.activation(level - 1);
        int n = layer.inputs();
        double den = 0;
        for (int l = 0; l < n; l++) {
            den += Math.abs(layer.weight(node, l)) * policy.negatives().map(a[l]);
        }
        for (int j = 0; j < n; j++) {
            double edge;
            if (den > 0) {
                edge = Math.abs(layer.weight(node, j)) * policy.negatives().map(a[j]) / den;
            } else {
                edge = policy.zeroInput() == ZeroInput.SPREAD_EVENLY ? 1.0 / n : 0.0;
            }
            walk(level - 1, j, share * edge);
        }
    }
}
