package org.glia.ui.network.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.glia.ui.network.NetworkGraphEditor;

/**
 * Points the workbench's Undo and Redo at the command stack of whichever network editor is active (the editors of
 * one type share their action bars, so this cannot be done once per editor).
 */
public final class NetworkEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        if (part instanceof NetworkGraphEditor editor) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getUndoAction());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getRedoAction());
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
        }
        bars.updateActionBars();
    }
}
