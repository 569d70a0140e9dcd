package org.glia.ui.network.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.ActionFactory;
import org.glia.ui.network.internal.Messages;

/**
 * Undo or Redo on an EMF command stack, labelled with the command it would undo or redo ("Undo Delete Node
 * 1:3"); installed as the editor's global action handler for the workbench's Undo and Redo.
 */
public final class StackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    /** The Undo ({@code undo} true) or Redo action of {@code stack}. */
    public StackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        update();
    }

    /** Brings label and enablement up to date with the stack. */
    public void update() {
        Command c = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        setText(label(c, undo));
    }

    /** The menu label for undoing or redoing {@code c} (null: nothing to do). */
    static String label(Command c, boolean undo) {
        if (c == null || c.getLabel() == null) {
            return undo ? Messages.undoNothing : Messages.redoNothing;
        }
        return NLS.bind(undo ? Messages.undo : Messages.redo, c.getLabel());
    }

    @Override
    public void run() {
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
    }
}
