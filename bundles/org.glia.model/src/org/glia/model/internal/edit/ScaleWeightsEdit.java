package org.glia.model.internal.edit;

import java.math.BigDecimal;

import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;

/**
 * Multiplies all outgoing (or all incoming) weights of one node by a factor — the paper's "increase the weights
 * of the edges that lead this node to the next layer". Biases are left alone.
 */
public final class ScaleWeightsEdit extends ModelEdit {

    private final int layerIndex;
    private final int nodeIndex;
    private final double factor;
    private final boolean outgoing;
    private WeightMatrix matrix;
    private double[] oldValues;
    private double[] newValues;

    /** Scales the outgoing ({@code outgoing}) or incoming weights of node {@code node} of {@code layer}. */
    public ScaleWeightsEdit(Network network, int layer, int node, double factor, boolean outgoing) {
        super(network, "Scale " + (outgoing ? "Outgoing" : "Incoming") + " Weights of " + Networks.ref(layer, node)
                + " \u00d7" + format(factor));
        this.layerIndex = layer;
        this.nodeIndex = node;
        this.factor = factor;
        this.outgoing = outgoing;
    }

    /** The factor as a person writes it: {@code 1.5}, {@code 2}, {@code 0.25}. */
    static String format(double factor) {
        return Double.isFinite(factor) ? BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString()
                : String.valueOf(factor);
    }

    @Override
    protected String check() {
        String r = Checks.node(network, layerIndex, nodeIndex);
        if (r == null && outgoing && layerIndex == network.getLayers().size() - 1) {
            r = "Layer " + layerIndex + " is the output layer; its nodes have no outgoing weights.";
        }
        if (r == null && !outgoing && layerIndex == 0) {
            r = "Layer 0 is the input layer; its nodes have no incoming weights.";
        }
        return r != null ? r : Checks.finite(factor, "The factor");
    }

    @Override
    protected void apply() {
        matrix = Checks.at(network, outgoing ? layerIndex + 1 : layerIndex).getWeights();
        oldValues = outgoing ? matrix.getColumn(nodeIndex) : matrix.getRow(nodeIndex);
        newValues = new double[oldValues.length];
        for (int i = 0; i < newValues.length; i++) {
            newValues[i] = oldValues[i] * factor;
        }
        reapply();
    }

    @Override
    protected void reapply() {
        write(newValues);
    }

    @Override
    protected void revert() {
        write(oldValues);
    }

    private void write(double[] values) {
        if (outgoing) {
            matrix.setColumn(nodeIndex, values);
        } else {
            matrix.setRow(nodeIndex, values);
        }
    }
}
