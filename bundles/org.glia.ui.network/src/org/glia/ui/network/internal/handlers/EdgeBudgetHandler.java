package org.glia.ui.network.internal.handlers;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.glia.model.Network;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.editor.Ask;
import org.glia.ui.network.internal.editor.NumberInput;

/** Sets how many edges the editor draws one by one before its level of detail sets in. */
public final class EdgeBudgetHandler extends EditorHandler {

    /** The largest budget accepted: every edge of a very large network. */
    static final long MAX = 100_000_000;

    @Override
    void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell) {
        long current = editor.getSettings().edgeBudget();
        Long budget = value != null ? NumberInput.parseCount(value, MAX)
                : Ask.count(shell, Messages.edgeBudgetTitle, NLS.bind(Messages.edgeBudgetPrompt, String.format("%,d", current)),
                        Long.toString(current), MAX);
        if (value != null && budget == null) {
            editor.showStatus(NumberInput.checkCount(value, MAX));
        } else if (budget != null) {
            editor.setSettings(editor.getSettings().withEdgeBudget(budget));
        }
    }
}
