package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.glia.model.edit.BoundedCommandStack;
import org.junit.jupiter.api.Test;

/** The editor's command stack forgets its oldest edits beyond the undo limit and keeps the save point right. */
class BoundedCommandStackTest {

    /** Appends its number to a log; undo removes it. */
    private static final class Append extends AbstractCommand {
        private final List<Integer> log;
        private final int n;
        private boolean disposed;

        Append(List<Integer> log, int n) {
            this.log = log;
            this.n = n;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            log.add(n);
        }

        @Override
        public void undo() {
            log.remove(log.size() - 1);
        }

        @Override
        public void redo() {
            execute();
        }

        @Override
        public void dispose() {
            disposed = true;
        }
    }

    @Test
    void keepsOnlyTheNewestEditsForUndo() {
        List<Integer> log = new ArrayList<>();
        BoundedCommandStack stack = new BoundedCommandStack(3);
        List<Append> commands = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Append c = new Append(log, i);
            commands.add(c);
            stack.execute(c);
        }
        assertEquals(3, stack.undoable());
        assertTrue(commands.get(0).disposed && commands.get(1).disposed, "forgotten edits release their undo data");
        assertFalse(commands.get(2).disposed);
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(List.of(1, 2), log, "undo stops at the oldest edit kept");
        stack.redo();
        assertEquals(List.of(1, 2, 3), log);
    }

    @Test
    void theSavePointMovesWithTheStackAndIsLostWhenItFallsOff() {
        List<Integer> log = new ArrayList<>();
        BoundedCommandStack stack = new BoundedCommandStack(2);
        stack.execute(new Append(log, 1));
        stack.saveIsDone();
        stack.execute(new Append(log, 2));
        stack.execute(new Append(log, 3)); // forgets 1: the saved state (after 1) is now "everything undone"
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        stack.undo();
        assertFalse(stack.isSaveNeeded(), "undoing back to the saved state is clean again");
        stack.redo();
        stack.redo();
        stack.execute(new Append(log, 4)); // forgets 2: the saved state can no longer be reached
        while (stack.canUndo()) {
            stack.undo();
        }
        assertTrue(stack.isSaveNeeded());
    }

    @Test
    void refusesAnEmptyHistory() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedCommandStack(0));
    }
}
