package org.glia.explain;

import java.util.stream.IntStream;

import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportancePolicy.ZeroInput;
import org.glia.explain.internal.NodeMapProduct;
import org.glia.explain.internal.RowKernels;

/**
 * The paper's rule for one subject on a prepared network: the mapped activations and (on the first single-node
 * request) every node's denominator are computed once, so each region map costs a single sweep over the weights
 * below its source. Thread-safe; obtained from {@link ImportanceEngine#subject}.
 */
public final class SubjectImportance {

    private final ImportanceEngine engine;
    private final ImportancePolicy policy;
    /** Policy-mapped activations of levels 0 .. depth-1 (the lower side of every layer). */
    private final double[][] mapped;
    /** 1 / denominator of every node of levels 1 .. depth, indexed by layer; 0 where the denominator is 0. */
    private volatile double[][] inverse;
    private final boolean parallel;

    SubjectImportance(ImportanceEngine engine, ForwardPass pass, ImportancePolicy policy, boolean parallel) {
        this.engine = engine;
        this.policy = policy;
        this.parallel = parallel;
        Mlp net = engine.net();
        mapped = new double[net.depth()][];
        for (int k = 0; k < net.depth(); k++) {
            double[] a = pass.activation(k);
            double[] m = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                m[j] = policy.negatives().map(a[j]);
            }
            mapped[k] = m;
        }
    }

    /** The inverse denominators, computed on first use (one pass over the weights); the product needs none. */
    private double[][] inverse() {
        double[][] inv = inverse;
        if (inv == null) {
            synchronized (this) {
                inv = inverse;
                if (inv == null) {
                    inv = new double[mapped.length][];
                    for (int k = 0; k < mapped.length; k++) {
                        double[][] rows = engine.absRows(k);
                        double[] m = mapped[k];
                        double[] layer = new double[rows.length];
                        IntStream each = IntStream.range(0, rows.length);
                        (parallel ? each.parallel() : each).forEach(i -> {
                            double den = RowKernels.dot(rows[i], m);
                            layer[i] = den > 0 ? 1.0 / den : 0.0;
                        });
                        inv[k] = layer;
                    }
                    inverse = inv;
                }
            }
        }
        return inv;
    }

    /** The policy in force. */
    public ImportancePolicy policy() {
        return policy;
    }

    /** The importance of every level for one source node at {@code level} (1 .. depth). */
    public Importances fromNode(int level, int node) {
        Nodes.check(engine.net(), mapped[0], level, node);
        inverse();
        double[][] r = new double[level + 1][];
        r[level] = new double[engine.net().sizes()[level]];
        r[level][node] = 1.0;
        double dropped = 0;
        double spread = 0;
        for (int k = level - 1; k >= 0; k--) {
            double[] lower = new double[mapped[k].length];
            double zero = down(k, r[k + 1], lower);
            if (zero > 0) {
                if (policy.zeroInput() == ZeroInput.SPREAD_EVENLY) {
                    RowKernels.addConstant(zero / lower.length, lower);
                    spread += zero;
                } else {
                    dropped += zero;
                }
            }
            r[k] = lower;
        }
        return new Importances(r, dropped, spread);
    }

    /** One layer down; returns the importance held by nodes whose denominator is zero. */
    private double down(int k, double[] upper, double[] lower) {
        double[][] rows = engine.absRows(k);
        double[] inv = inverse()[k];
        double zero = 0;
        // Rows are swept four at a time: one load and store of the lower level per four rows read.
        int[] pending = new int[4];
        int count = 0;
        for (int i = 0; i < upper.length; i++) {
            double ri = upper[i];
            if (ri == 0) {
                continue;
            }
            if (inv[i] == 0) {
                zero += ri;
                continue;
            }
            pending[count++] = i;
            if (count == 4) {
                int i0 = pending[0];
                int i1 = pending[1];
                int i2 = pending[2];
                int i3 = pending[3];
                RowKernels.axpy4(upper[i0] * inv[i0], rows[i0], upper[i1] * inv[i1], rows[i1],
                        upper[i2] * inv[i2], rows[i2], upper[i3] * inv[i3], rows[i3], lower);
                count = 0;
            }
        }
        for (int c = 0; c < count; c++) {
            int i = pending[c];
            RowKernels.axpy(upper[i] * inv[i], rows[i], lower);
        }
        RowKernels.multiply(lower, mapped[k]);
        return zero;
    }

    /**
     * The region maps of every node of {@code level}, {@code [node][feature]}, by whichever association order of
     * the matrix product costs fewer operations.
     */
    public double[][] allNodes(int level, boolean parallel) {
        Nodes.check(engine.net(), mapped[0], level, 0);
        int[] n = engine.net().sizes();
        double up = 0;
        double down = 0;
        for (int k = 0; k < level; k++) {
            down += (double) n[level] * n[k + 1] * n[k];
            if (k > 0) {
                up += (double) n[k + 1] * n[k] * n[0];
            }
        }
        if (down < up) {
            double[][] maps = new double[n[level]][];
            for (int i = 0; i < maps.length; i++) {
                maps[i] = fromNode(level, i).regions();
            }
            return maps;
        }
        return product(level, parallel)[level];
    }

    /** The region maps of every node of every level, computed bottom-up in one pass of matrix products. */
    public NodeMaps everyNode(boolean parallel) {
        return new NodeMaps(product(engine.net().depth(), parallel));
    }

    private double[][][] product(int top, boolean parallel) {
        boolean spread = policy.zeroInput() == ZeroInput.SPREAD_EVENLY;
        double[][][] maps = new double[top + 1][][];
        maps[1] = NodeMapProduct.first(engine.absRows(0), mapped[0], spread, parallel);
        for (int k = 1; k < top; k++) {
            maps[k + 1] = NodeMapProduct.next(engine.absRows(k), mapped[k], maps[k], spread, parallel);
        }
        return maps;
    }
}
