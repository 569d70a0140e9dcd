package org.glia.ui.network.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.glia.core.io.DataException;
import org.glia.model.Study;
import org.glia.ui.network.NetworkGraphEditor;

/**
 * Autosave and crash recovery of one network editor. The editor calls {@link #opened} once its study is loaded,
 * {@link #saved} after each successful save and {@link #closed} from dispose; {@link Autosave} calls
 * {@link #autosave} on its timer. All on the UI thread.
 * <p>
 * A copy is written while the document is dirty and has changed since the last copy; it is deleted when the
 * document is saved, is no longer dirty (e.g. undone back to the saved state) or is closed (saving or discarding
 * its changes). Only a crash leaves it behind; opening the document then offers it.
 */
public final class EditorRecovery {

    private final NetworkGraphEditor editor;
    private final Autosave autosave;
    private final RecoveryStore store;
    private final AtomicLong copiedChanges = new AtomicLong(-1);
    private Path file;
    private long changes;
    private boolean hasCopy;
    private boolean offering;
    private boolean settled;
    private boolean closed;
    private final CommandStackListener counter = e -> changes++;

    /** Starts autosaving {@code editor} (call from its init, once its command stack exists). */
    public EditorRecovery(NetworkGraphEditor editor) {
        this.editor = editor;
        this.autosave = Autosave.get();
        this.store = autosave.store();
        this.file = editor.getFile();
        editor.getCommandStack().addCommandStackListener(counter);
        autosave.register(this);
    }

    /**
     * The document is loaded: if a recovery copy newer than the file exists, reads it in the background and asks
     * whether to recover it; an unreadable copy is reported and set aside.
     */
    public void opened() {
        Optional<RecoveryEntry> found;
        try {
            found = store.find(file);
        } catch (IOException e) {
            log("Cannot look for a recovery copy of " + file, e);
            return;
        }
        if (found.isEmpty()) {
            settled = true;
            return;
        }
        RecoveryEntry entry = found.get();
        if (savedAfter(entry)) {
            // the file was saved after the copy was taken (e.g. by another Glia): the copy is outdated
            ILog.of(getClass()).info("Deleting the outdated recovery copy of " + file + " from " + entry.time());
            deleteCopy(file);
            settled = true;
            return;
        }
        offering = true;
        Display display = Display.getCurrent();
        Job read = Job.create(NLS.bind(Messages.readJob, file.getFileName()), monitor -> {
            try {
                Study recovered = store.read(entry.document());
                ui(display, () -> offer(entry, recovered));
            } catch (DataException | IOException | RuntimeException e) {
                String why = e instanceof DataException ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                Path aside = setAside(entry.document());
                ui(display, () -> reportCorrupt(entry.document(), why, aside));
            }
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    private boolean savedAfter(RecoveryEntry entry) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(entry.time());
        } catch (IOException e) {
            return false;
        }
    }

    private void offer(RecoveryEntry entry, Study recovered) {
        Study study = editor.getStudy();
        if (closed || study == null) {
            offering = false;
            return;
        }
        try {
            // autosave stays off until answered: the dialog's event loop runs its timer, and a copy of edits made
            // meanwhile must not replace the one being asked about
            RecoveryPrompt.Answer answer = RecoveryHooks.prompt().ask(editor.getSite().getShell(), entry);
            if (closed) {
                return; // closed meanwhile: the copy stays for the next opening
            }
            settled = true;
            if (answer == RecoveryPrompt.Answer.DISCARD) {
                deleteCopy(file);
                return;
            }
            if (editor.run(new RecoverCommand(study, recovered)) == null) {
                // the copy stays until Save; the next autosave rewrites it with everything the editor now holds
                hasCopy = true;
                copiedChanges.set(-1);
                editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.recovered,
                        RecoveryText.when(entry.time(), ZoneId.systemDefault(), Instant.now())));
            }
        } finally {
            offering = false;
        }
    }

    private void reportCorrupt(Path document, String why, Path aside) {
        offering = false;
        settled = true;
        if (!closed) {
            RecoveryHooks.prompt().report(editor.getSite().getShell(),
                    RecoveryText.corrupt(document, why, aside == null ? store.copyOf(document) : aside));
        }
    }

    /** Writes a copy when the document is dirty and changed since the last one; deletes it when not dirty. */
    void autosave(RecoveryStore target, Autosave queue) {
        Study study = editor.getStudy();
        if (closed || offering || study == null) {
            return;
        }
        if (!editor.isDirty()) {
            if (hasCopy) {
                deleteCopy(file);
            }
            return;
        }
        long now = changes;
        if (hasCopy && copiedChanges.get() == now) {
            return;
        }
        Study copy = StudyCopy.of(study);
        RecoveryEntry entry = new RecoveryEntry(file, Instant.now(), lastChange());
        long epoch = target.epoch(file);
        hasCopy = true;
        copiedChanges.set(now);
        queue.submit(() -> {
            try {
                target.write(copy, entry, epoch);
            } catch (IOException | RuntimeException e) {
                log(NLS.bind(Messages.writeFailed, new Object[] {entry.document(), target.folder(), e.getMessage()}),
                        e);
                copiedChanges.compareAndSet(now, -1); // try again at the next tick
            }
        });
    }

    private String lastChange() {
        Command c = editor.getCommandStack().getUndoCommand();
        return c == null || c.getLabel() == null ? "" : c.getLabel();
    }

    /** The document was saved (perhaps under another name): its copies are obsolete. */
    public void saved() {
        Path before = file;
        file = editor.getFile();
        deleteCopy(before);
        if (!file.equals(before)) {
            deleteCopy(file);
        }
    }

    /**
     * The editor is closing: stop autosaving it and delete its copy. A copy not yet offered (the document failed to
     * load, or was closed while the copy was being read) is kept for the next opening; a test simulating a crash
     * keeps it too.
     */
    public void closed() {
        closed = true;
        editor.getCommandStack().removeCommandStackListener(counter);
        autosave.unregister(this);
        if ((settled || hasCopy) && !RecoveryHooks.keepCopiesOnClose()) {
            deleteCopy(file);
        }
    }

    private void deleteCopy(Path document) {
        hasCopy = false;
        try {
            store.delete(document);
        } catch (IOException e) {
            log("Cannot delete the recovery copy of " + document + " in " + store.folder(), e);
        }
    }

    private Path setAside(Path document) {
        try {
            return store.setAside(document);
        } catch (IOException e) {
            log("Cannot set aside the recovery copy of " + document, e);
            return null;
        }
    }

    private void ui(Display display, Runnable r) {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    private static void log(String message, Throwable e) {
        ILog.of(EditorRecovery.class).error(message, e);
    }
}
