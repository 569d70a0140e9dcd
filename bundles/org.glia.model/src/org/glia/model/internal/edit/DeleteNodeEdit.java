package org.glia.model.internal.edit;

import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.internal.MatrixOps;

/** Deletes a hidden node with its incoming row and its outgoing column of weights. */
public final class DeleteNodeEdit extends ModelEdit {

    private final int layerIndex;
    private final int nodeIndex;
    private Layer layer;
    private Layer next;
    private Node node;
    private double[] oldIn;
    private double[] oldOut;
    private double[] newIn;
    private double[] newOut;

    /** Deletes node {@code node} of layer {@code layer}. */
    public DeleteNodeEdit(Network network, int layer, int node) {
        super(network, "Delete Node " + Networks.ref(layer, node));
        this.layerIndex = layer;
        this.nodeIndex = node;
    }

    @Override
    protected String check() {
        String r = Checks.node(network, layerIndex, nodeIndex);
        if (r == null) {
            r = Checks.hidden(network, layerIndex, "lose nodes");
        }
        if (r == null && Checks.at(network, layerIndex).getNodes().size() == 1) {
            r = "Node " + Networks.ref(layerIndex, nodeIndex) + " is the last node of layer " + layerIndex
                    + "; remove the layer instead.";
        }
        return r;
    }

    @Override
    protected void apply() {
        layer = Checks.at(network, layerIndex);
        next = Checks.at(network, layerIndex + 1);
        node = layer.getNodes().get(nodeIndex);
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        oldIn = in.getValues();
        oldOut = out.getValues();
        newIn = MatrixOps.removeRow(oldIn, in.getRows(), in.getCols(), nodeIndex);
        newOut = MatrixOps.removeColumn(oldOut, out.getRows(), out.getCols(), nodeIndex);
        reapply();
    }

    @Override
    protected void reapply() {
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        layer.getNodes().remove(nodeIndex);
        in.reshape(in.getRows() - 1, in.getCols(), newIn);
        out.reshape(out.getRows(), out.getCols() - 1, newOut);
    }

    @Override
    protected void revert() {
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        layer.getNodes().add(nodeIndex, node);
        in.reshape(in.getRows() + 1, in.getCols(), oldIn);
        out.reshape(out.getRows(), out.getCols() + 1, oldOut);
    }
}
