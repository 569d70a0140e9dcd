package org.glia.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * An EMF command stack that keeps at most a given number of undoable commands, forgetting the oldest: a day-long
 * session must not keep every edit's undo data (a recorded version keeps two copies of the weights for its undo,
 * 21 MB on a 278-1024-1024-3 network).
 */
public class BoundedCommandStack extends BasicCommandStack {

    /** The editor's default undo history (Window &gt; Preferences &gt; Glia can change it). */
    public static final int DEFAULT_LIMIT = 50;

    private final int limit;

    /**
     * A stack keeping at most {@code limit} commands for undo.
     *
     * @throws IllegalArgumentException when the limit is below 1
     */
    public BoundedCommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo history must keep at least one edit, not " + limit);
        }
        this.limit = limit;
    }

    /** How many commands are kept for undo at most. */
    public int limit() {
        return limit;
    }

    /** How many commands can be undone now. */
    public int undoable() {
        return top + 1;
    }

    @Override
    public void execute(Command command) {
        super.execute(command);
        boolean dropped = false;
        while (top + 1 > limit) {
            Command oldest = commandList.remove(0);
            oldest.dispose();
            top--;
            // the saved state moves down with the stack; the state before the forgotten command can no longer be
            // reached by undo (-2: EMF's mark for a save point that is gone)
            saveIndex = saveIndex >= 0 ? saveIndex - 1 : -2;
            dropped = true;
        }
        if (dropped) {
            notifyListeners();
        }
    }
}
