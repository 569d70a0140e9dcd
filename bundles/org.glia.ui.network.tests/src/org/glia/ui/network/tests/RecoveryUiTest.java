package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.glia.model.GliaFactory;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.io.GliaDocument;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.internal.recovery.Autosave;
import org.glia.ui.network.internal.recovery.RecoveryEntry;
import org.glia.ui.network.internal.recovery.RecoveryHooks;
import org.glia.ui.network.internal.recovery.RecoveryPrompt;
import org.glia.ui.network.internal.recovery.RecoveryStore;
import org.glia.ui.network.internal.recovery.UnsavedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosave and crash recovery in the running workbench (Tycho UI harness, UI thread): an edit is autosaved while
 * the editor stays open and dirty; after a simulated crash (the editor force-closed, its copy kept) opening the file
 * offers the copy, and recovering it gives a dirty editor while the file is untouched until Save, which deletes the
 * copy. Discarding deletes the copy; a damaged copy is reported and set aside; closing or undoing to the saved
 * state leaves no copy, but a copy never offered (the document could not be opened) is kept; documents with
 * unsaved changes that are not open are listed and opened on request. Skipped outside a running workbench.
 */
class RecoveryUiTest {

    private static final double EDITED = 0.8125;

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private NetworkGraphEditor editor;
    private RecoveryStore store;
    private final List<RecoveryEntry> asked = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();
    private final List<RecoveryEntry> listed = new ArrayList<>();
    private RecoveryPrompt.Answer answer = RecoveryPrompt.Answer.RECOVER;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        store = Autosave.get().store();
        RecoveryHooks.setPrompt(new RecoveryPrompt() {
            @Override
            public Answer ask(Shell shell, RecoveryEntry entry) {
                asked.add(entry);
                return answer;
            }

            @Override
            public void report(Shell shell, String message) {
                reports.add(message);
            }

            @Override
            public boolean openUnsaved(Shell shell, List<RecoveryEntry> entries) {
                listed.addAll(entries);
                return true;
            }
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        RecoveryHooks.setKeepCopiesOnClose(false);
        if (page != null) {
            if (editor != null) {
                page.closeEditor(editor, false);
            }
            RecoveryHooks.setPrompt(null);
        }
    }

    @Test
    void anAutosavedEditSurvivesACrashAndIsRecoveredAsUnsavedChanges() throws Exception {
        Path file = document("crash.glia");
        double original = weight(GliaDocument.load(file));
        open(file);
        assertEquals(null, editor.run(NetworkEdits.setWeight(editor.getNetwork(), 1, 0, 1, EDITED)));
        assertTrue(editor.isDirty());

        autosaveNow();
        // the copy holds the edit while the editor is still open and dirty; the file does not
        RecoveryEntry entry = store.find(file).orElseThrow();
        assertEquals(file.toAbsolutePath(), entry.document());
        assertTrue(entry.change().startsWith("Set Weight"), entry.change());
        assertEquals(EDITED, weight(GliaDocument.load(store.copyOf(file))));
        assertEquals(original, weight(GliaDocument.load(file)));
        assertTrue(editor.isDirty());

        // a second autosave without a new change rewrites nothing
        long written = Files.getLastModifiedTime(store.copyOf(file)).toMillis();
        Thread.sleep(20);
        autosaveNow();
        assertEquals(written, Files.getLastModifiedTime(store.copyOf(file)).toMillis());

        crash();
        assertTrue(Files.exists(store.copyOf(file)), "a crash leaves the copy behind");

        open(file);
        flush(editor::isDirty);
        assertEquals(1, asked.size(), "asked once");
        assertEquals(file.toAbsolutePath(), asked.get(0).document());
        assertTrue(editor.isDirty(), "recovered changes are unsaved changes");
        assertEquals(EDITED, weight(editor.getStudy()));
        assertEquals(original, weight(GliaDocument.load(file)), "the file is untouched until Save");
        assertEquals("&Undo Recover Unsaved Changes", editor.getUndoAction().getText());
        assertTrue(Files.exists(store.copyOf(file)), "the copy stays until Save");

        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertFalse(Files.exists(store.copyOf(file)), "Save deletes the copy");
        assertTrue(store.find(file).isEmpty());
        assertEquals(EDITED, weight(GliaDocument.load(file)));
        assertTrue(reports.isEmpty(), reports.toString());
    }

    @Test
    void discardingDeletesTheCopyAndKeepsTheFile() throws Exception {
        Path file = document("discard.glia");
        double original = weight(GliaDocument.load(file));
        open(file);
        editor.run(NetworkEdits.setWeight(editor.getNetwork(), 1, 0, 1, EDITED));
        autosaveNow();
        crash();

        answer = RecoveryPrompt.Answer.DISCARD;
        open(file);
        flush(() -> !asked.isEmpty());
        settle(200);
        assertEquals(1, asked.size());
        assertFalse(editor.isDirty());
        assertEquals(original, weight(editor.getStudy()));
        assertTrue(store.find(file).isEmpty(), "discarded");
    }

    @Test
    void aDamagedCopyIsReportedAndSetAside() throws Exception {
        Path file = document("damaged.glia");
        double original = weight(GliaDocument.load(file));
        Study copy = GliaDocument.load(file);
        copy.getNetwork().getLayers().get(1).getWeights().set(1, 0, EDITED);
        store.write(copy, new RecoveryEntry(file, Instant.now(), "Set Weight"), store.epoch(file));
        byte[] bytes = Files.readAllBytes(store.copyOf(file));
        Files.write(store.copyOf(file), Arrays.copyOf(bytes, bytes.length / 3));

        open(file);
        flush(() -> !reports.isEmpty());
        assertEquals(1, reports.size(), "reported once");
        String message = reports.get(0);
        assertTrue(message.contains("damaged.glia"), message);
        assertTrue(message.contains(".corrupt"), message);
        assertTrue(asked.isEmpty(), "nothing to recover is offered");
        assertFalse(editor.isDirty());
        assertEquals(original, weight(editor.getStudy()));
        assertTrue(store.find(file).isEmpty(), "not offered again");
        try (var files = Files.list(store.folder())) {
            String aside = RecoveryStore.key(file) + ".glia.corrupt";
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals(aside)),
                    "kept aside in " + store.folder());
        }
    }

    @Test
    void closingOrUndoingToTheSavedStateLeavesNoCopy() throws Exception {
        Path file = document("undo.glia");
        open(file);
        editor.run(NetworkEdits.setWeight(editor.getNetwork(), 1, 0, 1, EDITED));
        autosaveNow();
        assertTrue(store.find(file).isPresent());
        editor.getCommandStack().undo();
        assertFalse(editor.isDirty());
        autosaveNow();
        assertTrue(store.find(file).isEmpty(), "nothing unsaved, no copy");

        editor.run(NetworkEdits.setWeight(editor.getNetwork(), 1, 0, 1, EDITED));
        autosaveNow();
        assertTrue(store.find(file).isPresent());
        page.closeEditor(editor, false); // closing and discarding the changes
        editor = null;
        assertTrue(store.find(file).isEmpty(), "closing deletes the copy");

        // a copy older than the file (saved later, e.g. by another Glia) is outdated: deleted without asking
        Study stale = GliaDocument.load(file);
        store.write(stale, new RecoveryEntry(file, Instant.now().minusSeconds(3600), ""), store.epoch(file));
        open(file);
        settle(300);
        assertTrue(asked.isEmpty());
        assertTrue(store.find(file).isEmpty());
    }

    @Test
    void theCopyOfADocumentThatCannotBeOpenedIsKept() throws Exception {
        Path file = document("unreadable.glia");
        Study copy = GliaDocument.load(file);
        copy.getNetwork().getLayers().get(2).getWeights().set(1, 0, EDITED);
        byte[] good = Files.readAllBytes(file);
        Files.writeString(file, "damaged on disk");
        store.write(copy, new RecoveryEntry(file, Instant.now(), "Set Weight"), store.epoch(file));

        editor = (NetworkGraphEditor) page.openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
        flush(() -> editor.getLoadError() != null);
        assertNotNull(editor.getLoadError());
        page.closeEditor(editor, false);
        editor = null;
        assertTrue(store.find(file).isPresent(), "not offered, so not deleted");

        // once the file can be read again, the copy is offered
        Files.write(file, good);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        open(file);
        flush(editor::isDirty);
        assertEquals(1, asked.size());
        assertEquals(EDITED, weight(editor.getStudy()));
    }

    @Test
    void documentsWithUnsavedChangesThatAreNotOpenAreListedAtStart() throws Exception {
        Path file = document("not-reopened.glia");
        open(file);
        editor.run(NetworkEdits.setWeight(editor.getNetwork(), 1, 0, 1, EDITED));
        autosaveNow();
        IWorkbenchWindow window = page.getWorkbenchWindow();
        assertTrue(notOpenHere(window).isEmpty(), "its document is open");
        crash();
        assertEquals(List.of(file.toAbsolutePath()), notOpenHere(window));

        // as at start: listed, opened on request, and its changes offered as usual
        UnsavedDocuments.offer(window);
        assertEquals(1, listed.size());
        editor = (NetworkGraphEditor) page.getActiveEditor();
        assertEquals(new GliaFileInput(file), editor.getEditorInput());
        flush(editor::isDirty);
        assertEquals(1, asked.size());
        assertEquals(EDITED, weight(editor.getStudy()));
    }

    /** The documents of this test's folder with unsaved changes that are not open. */
    private List<Path> notOpenHere(IWorkbenchWindow window) throws Exception {
        return UnsavedDocuments.notOpen(store, window).stream().map(RecoveryEntry::document)
                .filter(d -> d.startsWith(dir.toAbsolutePath())).toList();
    }

    /** Autosaves now and waits until the copies are on disk. */
    private void autosaveNow() throws Exception {
        Autosave.get().saveNow();
        assertTrue(Autosave.get().awaitWrites(30_000), "autosave written in time");
    }

    /** Force-closes the editor without saving while keeping its copy, as a killed workbench would. */
    private void crash() {
        RecoveryHooks.setKeepCopiesOnClose(true);
        try {
            page.closeEditor(editor, false);
        } finally {
            RecoveryHooks.setKeepCopiesOnClose(false);
        }
        editor = null;
    }

    private static double weight(Study s) {
        return s.getNetwork().getLayers().get(2).getWeights().get(1, 0);
    }

    private Path document(String name) throws Exception {
        Study study = GliaFactory.eINSTANCE.createStudy();
        study.setName(name);
        study.getClasses().addAll(List.of("HC", "AD"));
        study.setNetwork(Nets.network(12, 7, 3));
        Path file = dir.resolve(name);
        GliaDocument.save(study, file);
        assertNotEquals(EDITED, weight(study));
        return file;
    }

    private void open(Path file) throws Exception {
        editor = (NetworkGraphEditor) page.openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
        flush(() -> editor.getStudy() != null || editor.getLoadError() != null);
        assertNotNull(editor.getStudy(), "loaded: " + editor.getLoadError());
    }

    private static void flush(BooleanSupplier done) {
        pump(done, 30_000);
    }

    private static void settle(long millis) {
        pump(() -> false, millis);
    }

    private static void pump(BooleanSupplier done, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop up to check the condition again
                });
                display.sleep();
            }
        }
    }
}
