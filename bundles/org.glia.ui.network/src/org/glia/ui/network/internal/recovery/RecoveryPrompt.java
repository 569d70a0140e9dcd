package org.glia.ui.network.internal.recovery;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user whether to recover a document's unsaved changes and tells about copies that cannot be read;
 * replaceable (see {@link RecoveryHooks}) so that tests and scripted runs need no dialog.
 */
public interface RecoveryPrompt {

    /** What to do with a recovery copy. */
    enum Answer {
        /** Load it into the editor as unsaved changes. */
        RECOVER,
        /** Delete it. */
        DISCARD
    }

    /** Asks about {@code entry}'s copy; {@code shell} is the editor's. */
    Answer ask(Shell shell, RecoveryEntry entry);

    /** Tells that a copy could not be read ({@code message} says which, why and where it was kept). */
    void report(Shell shell, String message);

    /**
     * At start: asks whether to open the documents with unsaved changes that the workbench did not reopen (opening
     * one then asks about its changes).
     */
    boolean openUnsaved(Shell shell, List<RecoveryEntry> entries);
}
