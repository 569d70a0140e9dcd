package org.glia.explain.internal;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.ImportancePolicy.ZeroInput;
import org.glia.explain.Importances;

/**
 * The paper's rule for one source node without preparation, walking down from the source level: each layer
 * costs one pass over its weights (rows of nodes without importance are skipped).
 */
public final class ImportanceVector {

    private ImportanceVector() {
    }

    /** The importance of every level for one source node; arguments are assumed checked. */
    public static Importances fromNode(Mlp net, ForwardPass pass, int level, int node, ImportancePolicy policy) {
        double[][] r = new double[level + 1][];
        r[level] = new double[net.sizes()[level]];
        r[level][node] = 1.0;
        double dropped = 0;
        double spread = 0;
        for (int k = level - 1; k >= 0; k--) {
            DenseLayer layer = net.layer(k);
            int n = layer.inputs();
            double[] a = Activations.mapped(pass.activation(k), policy.negatives());
            double[] lower = new double[n];
            double zero = down(layer.weightsView(), n, r[k + 1], a, lower);
            if (zero > 0) {
                if (policy.zeroInput() == ZeroInput.SPREAD_EVENLY) {
                    RowKernels.addConstant(zero / n, lower);
                    spread += zero;
                } else {
                    dropped += zero;
                }
            }
            r[k] = lower;
        }
        return new Importances(r, dropped, spread);
    }

    /**
     * One layer down: {@code lower_j = a_j * sum_i |W_ij| * upper_i / den_i}. Returns the importance of nodes
     * whose denominator is zero, which the caller places according to the policy.
     */
    static double down(double[] w, int n, double[] upper, double[] a, double[] lower) {
        double zero = 0;
        double[] abs = new double[n];
        for (int i = 0, row = 0; i < upper.length; i++, row += n) {
            double ri = upper[i];
            if (ri == 0) {
                continue; // no importance to split: skip the row entirely
            }
            // Copying the row out of the flat matrix lets the JIT vectorise the sweeps below; the copy is read
            // from memory once and then stays in L1.
            System.arraycopy(w, row, abs, 0, n);
            RowKernels.abs(abs);
            double den = RowKernels.dot(abs, a);
            if (den > 0) {
                RowKernels.axpy(ri / den, abs, lower);
            } else {
                zero += ri;
            }
        }
        RowKernels.multiply(lower, a);
        return zero;
    }
}
