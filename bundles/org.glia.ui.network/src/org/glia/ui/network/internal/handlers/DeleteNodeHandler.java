package org.glia.ui.network.internal.handlers;

import org.eclipse.swt.widgets.Shell;
import org.glia.model.Network;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;

/** Deletes the picked hidden node with its weights ("Delete Node 1:3"). */
public final class DeleteNodeHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        NetworkPick node = node(editor, pick);
        if (node != null) {
            editor.run(NetworkEdits.deleteNode(network, node.layer(), node.node()));
        }
    }
}
