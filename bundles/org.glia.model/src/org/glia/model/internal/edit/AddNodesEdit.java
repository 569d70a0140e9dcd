package org.glia.model.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.internal.MatrixOps;
import org.glia.model.internal.NodeFactory;
import org.glia.model.internal.WeightInit;

/**
 * Appends nodes to a hidden layer, keeping every existing weight: the new incoming rows are drawn like a fresh
 * layer's weights, the new outgoing columns at {@link WeightInit#ADDED_OUTGOING_SCALE} of that, so the network's
 * output moves little until retraining; new biases are 0.
 */
public final class AddNodesEdit extends ModelEdit {

    private final int layerIndex;
    private final int count;
    private Layer layer;
    private Layer next;
    private final List<Node> added = new ArrayList<>();
    private double[] oldIn;
    private double[] oldOut;
    private double[] newIn;
    private double[] newOut;
    private int oldInitCount;
    private int oldNodeCount;

    /** Adds {@code count} nodes to layer {@code layer}. */
    public AddNodesEdit(Network network, int layer, int count) {
        super(network, "Add " + count + (count == 1 ? " Node" : " Nodes") + " to Layer " + layer);
        this.layerIndex = layer;
        this.count = count;
    }

    @Override
    protected String check() {
        String r = Checks.hidden(network, layerIndex, "gain nodes");
        return r != null ? r : Checks.count(count);
    }

    @Override
    protected void apply() {
        layer = Checks.at(network, layerIndex);
        next = Checks.at(network, layerIndex + 1);
        oldInitCount = network.getInitCount();
        oldNodeCount = network.getNodeCount();
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        oldIn = in.getValues();
        oldOut = out.getValues();
        int n = in.getRows();
        int below = in.getCols();
        int above = out.getRows();
        SplittableRandom random = WeightInit.random(network.getSeed(), oldInitCount);
        double[] rows = WeightInit.uniform(random, count * below,
                WeightInit.limit(below, n + count, layer.getActivation()));
        double[] cols = WeightInit.uniform(random, above * count,
                WeightInit.ADDED_OUTGOING_SCALE * WeightInit.limit(n + count, above, next.getActivation()));
        newIn = MatrixOps.appendRows(oldIn, rows);
        newOut = MatrixOps.appendColumns(oldOut, above, n, cols, count);
        for (int i = 0; i < count; i++) {
            added.add(NodeFactory.create(network, ""));
        }
        network.setNodeCount(oldNodeCount);
        reapply();
    }

    @Override
    protected void reapply() {
        network.setInitCount(oldInitCount + 1);
        network.setNodeCount(oldNodeCount + count);
        layer.getNodes().addAll(added);
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        in.reshape(in.getRows() + count, in.getCols(), newIn);
        out.reshape(out.getRows(), out.getCols() + count, newOut);
    }

    @Override
    protected void revert() {
        WeightMatrix in = layer.getWeights();
        WeightMatrix out = next.getWeights();
        List<Node> nodes = layer.getNodes();
        for (int i = 0; i < count; i++) {
            nodes.remove(nodes.size() - 1);
        }
        in.reshape(in.getRows() - count, in.getCols(), oldIn);
        out.reshape(out.getRows(), out.getCols() - count, oldOut);
        network.setNodeCount(oldNodeCount);
        network.setInitCount(oldInitCount);
    }
}
