package org.glia.model.edit;

import java.util.Date;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.internal.edit.AddNodesEdit;
import org.glia.model.internal.edit.DeleteNodeEdit;
import org.glia.model.internal.edit.InsertLayerEdit;
import org.glia.model.internal.edit.RecordVersionEdit;
import org.glia.model.internal.edit.RemoveLayerEdit;
import org.glia.model.internal.edit.RestoreVersionEdit;
import org.glia.model.internal.edit.ScaleWeightsEdit;
import org.glia.model.internal.edit.SetBiasEdit;
import org.glia.model.internal.edit.SetWeightEdit;

/**
 * Creates the edits of a Glia network, each an undoable EMF command; layers are numbered from 0 (the input
 * layer), nodes from 0 within their layer, and labels name nodes as {@code layer:node}.
 * <p>
 * Random weights that edits create come from the network's seed and its next draw number (see
 * {@code WeightInit}): He-uniform into ReLU layers, Glorot-uniform into others, biases 0.
 */
public final class NetworkEdits {

    private NetworkEdits() {
    }

    /** "Delete Node 1:3": deletes a hidden node with its incoming and outgoing weights. */
    public static ModelEdit deleteNode(Network network, int layer, int node) {
        return new DeleteNodeEdit(network, layer, node);
    }

    /**
     * "Add 4 Nodes to Layer 1": appends nodes to a hidden layer; existing weights are kept, the new incoming
     * weights are drawn like a fresh layer's and the new outgoing ones at a tenth of that, biases 0.
     */
    public static ModelEdit addNodes(Network network, int layer, int count) {
        return new AddNodesEdit(network, layer, count);
    }

    /**
     * "Insert Layer at 2": inserts a hidden layer of {@code count} nodes that becomes layer {@code position}
     * (1 .. number of layers - 1); its weights and the new weights of the layer above are freshly drawn.
     */
    public static ModelEdit insertLayer(Network network, int position, int count, ActivationFunction activation) {
        return new InsertLayerEdit(network, position, count, activation);
    }

    /**
     * "Remove Layer 2": removes a hidden layer; its neighbours are connected with freshly drawn weights.
     */
    public static ModelEdit removeLayer(Network network, int position) {
        return new RemoveLayerEdit(network, position);
    }

    /** "Set Weight 1:3→2:0": sets the weight of the edge from node {@code fromNode} of {@code fromLayer}. */
    public static ModelEdit setWeight(Network network, int fromLayer, int fromNode, int toNode, double value) {
        return new SetWeightEdit(network, fromLayer, fromNode, toNode, value);
    }

    /** "Scale Outgoing Weights of 1:3 ×1.5": multiplies the weights leaving a node. */
    public static ModelEdit scaleOutgoing(Network network, int layer, int node, double factor) {
        return new ScaleWeightsEdit(network, layer, node, factor, true);
    }

    /** "Scale Incoming Weights of 1:3 ×1.5": multiplies the weights entering a node. */
    public static ModelEdit scaleIncoming(Network network, int layer, int node, double factor) {
        return new ScaleWeightsEdit(network, layer, node, factor, false);
    }

    /** "Set Bias 1:3": sets the bias of a hidden or output node. */
    public static ModelEdit setBias(Network network, int layer, int node, double value) {
        return new SetBiasEdit(network, layer, node, value);
    }

    /**
     * "Record Version v3": writes trained weights into the study's working network and records a version; refused
     * when the network no longer matches {@code initial}, the weights training started from.
     *
     * @param shift the input shift the network was trained with, or null
     * @param scale the input scale the network was trained with, or null
     */
    public static ModelEdit recordVersion(Study study, Mlp initial, Mlp trained, double[] shift, double[] scale,
            TrainingSettings settings, Metrics metrics, Date timestamp) {
        return new RecordVersionEdit(study, initial, trained, shift, scale, settings, metrics, timestamp);
    }

    /** "Restore Version v2": makes a copy of a version's network the working network. */
    public static ModelEdit restoreVersion(Study study, ModelVersion version) {
        return new RestoreVersionEdit(study, version);
    }

    /**
     * Runs {@code command} on {@code stack} when it can execute.
     *
     * @return null when it ran, else why not (for the status line)
     */
    public static String run(CommandStack stack, Command command) {
        if (!command.canExecute()) {
            return command instanceof ModelEdit e ? e.whyNot() : "The command '" + command.getLabel() + "' cannot run.";
        }
        stack.execute(command);
        return null;
    }
}
