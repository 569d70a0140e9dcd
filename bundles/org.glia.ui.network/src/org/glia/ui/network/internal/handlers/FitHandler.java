package org.glia.ui.network.internal.handlers;

import org.eclipse.swt.widgets.Shell;
import org.glia.model.Network;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;

/** Fits the whole network into the editor. */
public final class FitHandler extends EditorHandler {

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        editor.getCanvas().fit();
    }
}
