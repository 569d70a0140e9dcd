package org.glia.model.internal.edit;

import java.util.SplittableRandom;

import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.internal.WeightInit;

/**
 * Removes a hidden layer and connects its neighbours directly with new random weights (He or Glorot for the layer
 * above, from the network seed and its next draw): the removed layer's weights do not compose into a meaningful
 * direct connection through a non-linearity. The removed layer and the old weights above are kept for undo.
 */
public final class RemoveLayerEdit extends ModelEdit {

    private final int position;
    private Layer removed;
    private Layer next;
    private double[] oldOut;
    private double[] newOut;
    private int oldInitCount;

    /** Removes layer {@code position}. */
    public RemoveLayerEdit(Network network, int position) {
        super(network, "Remove Layer " + position);
        this.position = position;
    }

    @Override
    protected String check() {
        return Checks.hidden(network, position, "be removed");
    }

    @Override
    protected void apply() {
        oldInitCount = network.getInitCount();
        removed = Checks.at(network, position);
        next = Checks.at(network, position + 1);
        int below = Checks.at(network, position - 1).getNodes().size();
        SplittableRandom random = WeightInit.random(network.getSeed(), oldInitCount);
        oldOut = next.getWeights().getValues();
        newOut = WeightInit.matrix(random, next.getNodes().size(), below, next.getActivation());
        reapply();
    }

    @Override
    protected void reapply() {
        network.setInitCount(oldInitCount + 1);
        network.getLayers().remove(position);
        WeightMatrix out = next.getWeights();
        out.reshape(out.getRows(), Checks.at(network, position - 1).getNodes().size(), newOut);
    }

    @Override
    protected void revert() {
        network.getLayers().add(position, removed);
        WeightMatrix out = next.getWeights();
        out.reshape(out.getRows(), removed.getNodes().size(), oldOut);
        network.setInitCount(oldInitCount);
    }
}
