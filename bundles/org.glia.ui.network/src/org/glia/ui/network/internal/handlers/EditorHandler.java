package org.glia.ui.network.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.model.Network;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.internal.Messages;

/**
 * A handler acting on the active network editor and its picked node or edge; the optional command parameter
 * {@link NetworkUi#PARAM_VALUE} replaces the input dialog of handlers that ask for a number.
 */
abstract class EditorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof NetworkGraphEditor editor)) {
            return null;
        }
        Network network = editor.getNetwork();
        if (network == null) {
            editor.showStatus(Messages.noModel);
            return null;
        }
        run(editor, network, editor.getPick(), event.getParameter(NetworkUi.PARAM_VALUE), HandlerUtil.getActiveShell(event));
        return null;
    }

    /**
     * Does the work.
     *
     * @param pick  the picked node or edge, or null
     * @param value the command's value parameter, or null (then ask)
     * @param shell the shell for dialogs
     */
    abstract void run(NetworkGraphEditor editor, Network network, NetworkPick pick, String value, Shell shell);

    /** The picked node, or null after telling the user to pick one. */
    static NetworkPick node(NetworkGraphEditor editor, NetworkPick pick) {
        if (pick == null || !pick.isNode()) {
            editor.showStatus(Messages.needNode);
            return null;
        }
        return pick;
    }
}
