package org.glia.ui.network.internal.handlers;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.glia.model.Network;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.editor.Ask;
import org.glia.ui.network.internal.editor.NumberInput;

/** Adds nodes to the picked node's layer ("Add 4 Nodes to Layer 1"); asks how many. */
public final class AddNodesHandler extends EditorHandler {

    /** Most nodes asked for at once. */
    static final long MAX = 100_000;

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        NetworkPick node = node(editor, pick);
        if (node == null) {
            return;
        }
        Long count = value != null ? NumberInput.parseCount(value, MAX)
                : Ask.count(shell, Messages.addNodesTitle, NLS.bind(Messages.addNodesPrompt, node.layer()), "1", MAX);
        if (value != null && count == null) {
            editor.showStatus(NumberInput.checkCount(value, MAX));
        } else if (count != null) {
            editor.run(NetworkEdits.addNodes(network, node.layer(), count.intValue()));
        }
    }
}
