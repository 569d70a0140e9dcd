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

/** Sets the weight of the picked edge ("Set Weight 1:3→2:0"); asks for the value, showing the current one. */
public final class SetWeightHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        if (pick == null || !pick.isEdge()) {
            editor.showStatus(Messages.needEdge);
            return;
        }
        Double w = value != null ? NumberInput.parseNumber(value)
                : Ask.number(shell, Messages.setWeightTitle, NLS.bind(Messages.setWeightPrompt, pick.ref()),
                        Double.toString(pick.weight()));
        if (value != null && w == null) {
            editor.showStatus(Messages.notANumber);
        } else if (w != null) {
            editor.run(NetworkEdits.setWeight(network, pick.layer(), pick.node(), pick.target(), w));
        }
    }
}
