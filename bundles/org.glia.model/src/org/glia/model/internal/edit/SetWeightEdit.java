package org.glia.model.internal.edit;

import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;

/** Sets the weight of one edge, from a node of one layer to a node of the next. */
public final class SetWeightEdit extends ModelEdit {

    private final int fromLayer;
    private final int fromNode;
    private final int toNode;
    private final double value;
    private WeightMatrix matrix;
    private double oldValue;

    /** Sets the weight from node {@code fromNode} of {@code fromLayer} to node {@code toNode} of the next layer. */
    public SetWeightEdit(Network network, int fromLayer, int fromNode, int toNode, double value) {
        super(network, "Set Weight " + Networks.ref(fromLayer, fromNode) + "\u2192" + Networks.ref(fromLayer + 1, toNode));
        this.fromLayer = fromLayer;
        this.fromNode = fromNode;
        this.toNode = toNode;
        this.value = value;
        setDescription(getLabel() + " to " + value);
    }

    @Override
    protected String check() {
        String r = Checks.node(network, fromLayer, fromNode);
        if (r == null && fromLayer == network.getLayers().size() - 1) {
            r = "Layer " + fromLayer + " is the output layer; it has no outgoing edges.";
        }
        if (r == null) {
            r = Checks.node(network, fromLayer + 1, toNode);
        }
        return r != null ? r : Checks.finite(value, "A weight");
    }

    @Override
    protected void apply() {
        matrix = Checks.at(network, fromLayer + 1).getWeights();
        oldValue = matrix.get(toNode, fromNode);
        reapply();
    }

    @Override
    protected void reapply() {
        matrix.set(toNode, fromNode, value);
    }

    @Override
    protected void revert() {
        matrix.set(toNode, fromNode, oldValue);
    }
}
