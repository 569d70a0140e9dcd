package org.glia.ui.network.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkUi;

/**
 * At workbench start: the recovery copies of documents that the workbench did not reopen are listed, and opened on
 * request (each then asks about its changes as usual). Copies of documents that no longer exist stay untouched.
 */
public final class UnsavedDocuments {

    private UnsavedDocuments() {
    }

    /** The entries whose document exists and is not open in {@code window} (UI thread). */
    public static List<RecoveryEntry> notOpen(RecoveryStore store, IWorkbenchWindow window) throws IOException {
        Set<Path> open = new HashSet<>();
        for (IWorkbenchPage page : window.getPages()) {
            for (IEditorReference ref : page.getEditorReferences()) {
                try {
                    IEditorInput input = ref.getEditorInput();
                    if (input instanceof GliaFileInput g) {
                        open.add(g.file());
                    }
                } catch (PartInitException e) {
                    // an editor whose input cannot be restored holds no document
                }
            }
        }
        List<RecoveryEntry> found = new ArrayList<>();
        for (RecoveryEntry e : store.entries()) {
            if (!open.contains(e.document()) && Files.isRegularFile(e.document())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Lists the documents with unsaved changes that are not open and opens them if the user wants (UI thread). */
    public static void offer(IWorkbenchWindow window) {
        try {
            List<RecoveryEntry> entries = notOpen(Autosave.get().store(), window);
            if (entries.isEmpty() || !RecoveryHooks.prompt().openUnsaved(window.getShell(), entries)) {
                return;
            }
            for (RecoveryEntry e : entries) {
                window.getActivePage().openEditor(new GliaFileInput(e.document()), NetworkUi.EDITOR_ID);
            }
        } catch (IOException | PartInitException e) {
            ILog.of(UnsavedDocuments.class).error("Cannot list or open the documents with unsaved changes", e);
        }
    }
}
