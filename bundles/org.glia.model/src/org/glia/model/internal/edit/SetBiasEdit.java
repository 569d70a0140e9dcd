package org.glia.model.internal.edit;

import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Node;
import org.glia.model.edit.ModelEdit;

/** Sets the bias of one hidden or output node. */
public final class SetBiasEdit extends ModelEdit {

    private final int layerIndex;
    private final int nodeIndex;
    private final double value;
    private Node node;
    private double oldValue;

    /** Sets the bias of node {@code node} of layer {@code layer}. */
    public SetBiasEdit(Network network, int layer, int node, double value) {
        super(network, "Set Bias " + Networks.ref(layer, node));
        this.layerIndex = layer;
        this.nodeIndex = node;
        this.value = value;
        setDescription(getLabel() + " to " + value);
    }

    @Override
    protected String check() {
        String r = Checks.node(network, layerIndex, nodeIndex);
        if (r == null && layerIndex == 0) {
            r = "Layer 0 is the input layer; input nodes have no bias.";
        }
        return r != null ? r : Checks.finite(value, "A bias");
    }

    @Override
    protected void apply() {
        node = Checks.at(network, layerIndex).getNodes().get(nodeIndex);
        oldValue = node.getBias();
        reapply();
    }

    @Override
    protected void reapply() {
        node.setBias(value);
    }

    @Override
    protected void revert() {
        node.setBias(oldValue);
    }
}
