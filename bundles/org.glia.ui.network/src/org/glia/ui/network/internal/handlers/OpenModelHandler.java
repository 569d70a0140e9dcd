package org.glia.ui.network.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.editor.EditorPages;

/**
 * Opens a {@code .glia} document in the network editor: the file given as the command's value parameter, else
 * one chosen in a file dialog. A document already open is brought to front.
 */
public final class OpenModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        String given = event.getParameter(NetworkUi.PARAM_VALUE);
        Path file = given != null ? Path.of(given) : EditorPages.askOpen(window.getShell());
        if (file != null) {
            try {
                window.getActivePage().openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), Messages.openModelTitle,
                        NLS.bind(Messages.openFailed, file, e.getMessage()));
            }
        }
        return null;
    }
}
