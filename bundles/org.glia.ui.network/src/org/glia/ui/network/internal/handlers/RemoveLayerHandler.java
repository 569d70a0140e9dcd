package org.glia.ui.network.internal.handlers;

import org.eclipse.swt.widgets.Shell;
import org.glia.model.Network;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;

/** Removes the hidden layer of the picked node or edge source ("Remove Layer 2"). */
public final class RemoveLayerHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        if (pick == null) {
            editor.showStatus(Messages.needNodeOrEdge);
            return;
        }
        editor.run(NetworkEdits.removeLayer(network, pick.layer()));
    }
}
