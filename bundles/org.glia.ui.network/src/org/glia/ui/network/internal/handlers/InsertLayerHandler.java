package org.glia.ui.network.internal.handlers;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.glia.model.ActivationFunction;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.editor.Ask;
import org.glia.ui.network.internal.editor.NumberInput;

/**
 * Inserts a hidden layer after the picked node's layer (before the output layer when an output node or nothing
 * is picked), with the activation of the neighbouring hidden layers; asks for its size.
 */
public final class InsertLayerHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        int layers = network.getLayers().size();
        int position = pick == null ? layers - 1 : Math.min(layers - 1, pick.layer() + 1);
        int suggested = network.getLayers().get(position - 1).getNodes().size();
        Long count = value != null ? NumberInput.parseCount(value, AddNodesHandler.MAX)
                : Ask.count(shell, Messages.insertLayerTitle, NLS.bind(Messages.insertLayerPrompt, position),
                        Integer.toString(Math.max(1, Math.min(suggested, 64))), AddNodesHandler.MAX);
        if (value != null && count == null) {
            editor.showStatus(NumberInput.checkCount(value, AddNodesHandler.MAX));
        } else if (count != null) {
            editor.run(NetworkEdits.insertLayer(network, position, count.intValue(), activation(network, position)));
        }
    }

    /** The activation of a hidden neighbour of {@code position}, else ReLU. */
    static ActivationFunction activation(Network network, int position) {
        for (int k : new int[] {position, position - 1}) {
            Layer l = network.getLayers().get(k);
            if (l.getKind() == LayerKind.HIDDEN) {
                return l.getActivation();
            }
        }
        return ActivationFunction.RELU;
    }
}
