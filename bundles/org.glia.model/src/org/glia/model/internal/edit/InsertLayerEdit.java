package org.glia.model.internal.edit;

import java.util.SplittableRandom;

import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.internal.NodeFactory;
import org.glia.model.internal.WeightInit;

/**
 * Inserts a hidden layer between two layers. Its incoming weights and the new weights of the layer above are
 * drawn like a fresh network's (He or Glorot, from the network seed and its next draw), so the network stays
 * trainable; the replaced weights of the layer above are kept for undo.
 */
public final class InsertLayerEdit extends ModelEdit {

    private final int position;
    private final int count;
    private final ActivationFunction activation;
    private Layer inserted;
    private Layer next;
    private double[] oldOut;
    private double[] newOut;
    private int oldInitCount;
    private int oldNodeCount;

    /** Inserts a layer of {@code count} nodes so that it becomes layer {@code position}. */
    public InsertLayerEdit(Network network, int position, int count, ActivationFunction activation) {
        super(network, "Insert Layer at " + position);
        this.position = position;
        this.count = count;
        this.activation = activation;
    }

    @Override
    protected String check() {
        int layers = network.getLayers().size();
        if (position < 1 || position > layers - 1) {
            return "A layer can be inserted at positions 1 to " + (layers - 1)
                    + " (between the input and the output layer), not at " + position + ".";
        }
        if (activation == null || activation == ActivationFunction.SOFTMAX) {
            return "A hidden layer needs an element-wise activation (identity, relu, tanh or sigmoid), not "
                    + activation + ".";
        }
        return Checks.count(count);
    }

    @Override
    protected void apply() {
        oldInitCount = network.getInitCount();
        oldNodeCount = network.getNodeCount();
        next = Checks.at(network, position);
        int below = Checks.at(network, position - 1).getNodes().size();
        int above = next.getNodes().size();
        SplittableRandom random = WeightInit.random(network.getSeed(), oldInitCount);
        inserted = GliaFactory.eINSTANCE.createLayer();
        inserted.setKind(LayerKind.HIDDEN);
        inserted.setActivation(activation);
        for (int i = 0; i < count; i++) {
            inserted.getNodes().add(NodeFactory.create(network, ""));
        }
        WeightMatrix w = GliaFactory.eINSTANCE.createWeightMatrix();
        w.reshape(count, below, WeightInit.matrix(random, count, below, activation));
        inserted.setWeights(w);
        oldOut = next.getWeights().getValues();
        newOut = WeightInit.matrix(random, above, count, next.getActivation());
        network.setNodeCount(oldNodeCount);
        reapply();
    }

    @Override
    protected void reapply() {
        network.setInitCount(oldInitCount + 1);
        network.setNodeCount(oldNodeCount + count);
        network.getLayers().add(position, inserted);
        WeightMatrix out = next.getWeights();
        out.reshape(out.getRows(), count, newOut);
    }

    @Override
    protected void revert() {
        WeightMatrix out = next.getWeights();
        network.getLayers().remove(position);
        out.reshape(out.getRows(), Checks.at(network, position - 1).getNodes().size(), oldOut);
        network.setNodeCount(oldNodeCount);
        network.setInitCount(oldInitCount);
    }
}
