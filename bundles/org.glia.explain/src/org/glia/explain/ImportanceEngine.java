package org.glia.explain;

import java.util.Objects;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;

/**
 * The paper's rule prepared for repeated use on one network: holds {@code |W|} as one array per row, so that
 * every later pass over the weights is a plain vectorisable sweep. Costs one copy of the weights; create it
 * once per model and ask it for a {@link SubjectImportance} per subject. Thread-safe.
 */
public final class ImportanceEngine {

    private final Mlp net;
    private final double[][][] absRows;

    private ImportanceEngine(Mlp net) {
        this.net = net;
        absRows = new double[net.depth()][][];
        for (int k = 0; k < net.depth(); k++) {
            DenseLayer l = net.layer(k);
            double[] w = l.weightsView();
            int n = l.inputs();
            double[][] rows = new double[l.outputs()][n];
            for (int i = 0; i < rows.length; i++) {
                double[] row = rows[i];
                for (int j = 0, o = i * n; j < n; j++) {
                    row[j] = Math.abs(w[o + j]);
                }
            }
            absRows[k] = rows;
        }
    }

    /** Prepares {@code net}. */
    public static ImportanceEngine of(Mlp net) {
        return new ImportanceEngine(Objects.requireNonNull(net, "net"));
    }

    /** The network. */
    public Mlp net() {
        return net;
    }

    /**
     * Prepares one subject: maps its activations by the policy; every node's denominator
     * {@code sum_l |W_il| A_l} is computed once, at the first single-node request (one pass over the weights).
     * Each region map asked of the result then costs one more pass over the weights below the source.
     *
     * @param pass the subject's forward pass through {@link #net()}
     */
    public SubjectImportance subject(ForwardPass pass, ImportancePolicy policy) {
        return subject(pass, policy, false);
    }

    /** As {@link #subject(ForwardPass, ImportancePolicy)}, computing the denominators on several threads if asked. */
    public SubjectImportance subject(ForwardPass pass, ImportancePolicy policy, boolean parallel) {
        if (pass.depth() != net.depth() || pass.activation(0).length != net.inputs()) {
            throw new IllegalArgumentException("the forward pass does not belong to this network");
        }
        return new SubjectImportance(this, pass, Objects.requireNonNull(policy, "policy"), parallel);
    }

    /** {@code |W|} of layer {@code k}, one array per output node (shared; do not modify). */
    double[][] absRows(int k) {
        return absRows[k];
    }
}
