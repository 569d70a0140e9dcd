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

/** Multiplies the weights leaving the picked node ("Scale Outgoing Weights of 1:3 ×1.5"); asks for the factor. */
public final class ScaleOutgoingHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        NetworkPick node = node(editor, pick);
        if (node == null) {
            return;
        }
        Double f = value != null ? NumberInput.parseNumber(value)
                : Ask.number(shell, Messages.scaleTitle, NLS.bind(Messages.scalePrompt, node.ref()), "2");
        if (value != null && f == null) {
            editor.showStatus(Messages.notANumber);
        } else if (f != null) {
            editor.run(NetworkEdits.scaleOutgoing(network, node.layer(), node.node(), f));
        }
    }
}
