package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.glia.core.io.DataException;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.io.GliaDocument;
import org.glia.ui.network.internal.recovery.RecoverCommand;
import org.glia.ui.network.internal.recovery.RecoveryEntry;
import org.glia.ui.network.internal.recovery.RecoveryStore;
import org.glia.ui.network.internal.recovery.RecoveryText;
import org.glia.ui.network.internal.recovery.StudyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain logic of autosave and recovery: the recovery store (write, find, read, delete, outdated writes
 * dropped, damaged copies set aside), deep copies, the undoable recover command and the question's text.
 */
class RecoveryLogicTest {

    @TempDir
    Path dir;

    @Test
    void keysAreStablePerDocument() {
        Path a = dir.resolve("a.glia");
        assertEquals(RecoveryStore.key(a), RecoveryStore.key(dir.resolve("x/../a.glia")));
        assertNotEquals(RecoveryStore.key(a), RecoveryStore.key(dir.resolve("b.glia")));
        assertTrue(RecoveryStore.key(a).matches("[0-9a-f]{24}"));
    }

    @Test
    void aCopyIsWrittenFoundReadAndDeleted() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path doc = dir.resolve("model.glia");
        Study study = study("model");
        study.getNetwork().getLayers().get(1).getWeights().set(0, 0, 0.625);
        Instant t = Instant.parse("2025-03-01T10:15:30Z");
        assertTrue(store.find(doc).isEmpty());

        RecoveryEntry written = new RecoveryEntry(doc, t, "Set Weight 0:0→1:0");
        assertTrue(store.write(StudyCopy.of(study), written, store.epoch(doc)));
        RecoveryEntry e = store.find(doc).orElseThrow();
        assertEquals(doc.toAbsolutePath(), e.document());
        assertEquals(t, e.time());
        assertEquals("Set Weight 0:0→1:0", e.change());
        Study back = store.read(doc);
        assertEquals(0.625, back.getNetwork().getLayers().get(1).getWeights().get(0, 0));
        assertEquals(List.of(e), store.entries());
        try (var files = Files.list(store.folder())) {
            assertEquals(2, files.count(), "copy and index only, no staging files left");
        }

        store.delete(doc);
        assertTrue(store.find(doc).isEmpty());
        assertFalse(Files.exists(store.copyOf(doc)));
        assertTrue(store.entries().isEmpty());
    }

    @Test
    void aWriteOverlappingADeleteIsDropped() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path doc = dir.resolve("model.glia");
        long epoch = store.epoch(doc);
        // the document is saved (copy deleted) while the autosave of an older state is still being written
        store.delete(doc);
        assertFalse(store.write(study("old"), new RecoveryEntry(doc, Instant.now(), ""), epoch));
        assertTrue(store.find(doc).isEmpty());
        assertTrue(store.write(study("new"), new RecoveryEntry(doc, Instant.now(), ""), store.epoch(doc)));
        assertEquals("new", store.read(doc).getName());
    }

    @Test
    void aDamagedCopyIsRefusedAndSetAside() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path doc = dir.resolve("model.glia");
        store.write(study("model"), new RecoveryEntry(doc, Instant.now(), "Delete Node 1:2"), store.epoch(doc));
        byte[] bytes = Files.readAllBytes(store.copyOf(doc));
        Files.write(store.copyOf(doc), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        DataException e = assertThrows(DataException.class, () -> store.read(doc));
        assertTrue(e.getMessage().contains(store.copyOf(doc).getFileName().toString()), e.getMessage());
        Path aside = store.setAside(doc);
        assertTrue(aside.getFileName().toString().endsWith(".glia.corrupt"), aside.toString());
        assertTrue(Files.exists(aside));
        assertTrue(store.find(doc).isEmpty(), "not offered again");

        // a second damaged copy does not overwrite the first one kept aside
        store.write(study("model"), new RecoveryEntry(doc, Instant.now(), ""), store.epoch(doc));
        Path second = store.setAside(doc);
        assertNotEquals(aside, second);
        assertTrue(Files.exists(aside) && Files.exists(second));
    }

    @Test
    void aCopyWithoutReadableIndexIsStillFound() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path doc = dir.resolve("model.glia");
        store.write(study("model"), new RecoveryEntry(doc, Instant.now(), "x"), store.epoch(doc));
        Path index = store.folder().resolve(RecoveryStore.key(doc) + ".properties");
        Files.writeString(index, "garbage without keys\n");
        RecoveryEntry e = store.find(doc).orElseThrow();
        assertEquals("", e.change());
        assertEquals(Files.getLastModifiedTime(store.copyOf(doc)).toInstant(), e.time());
    }

    @Test
    void copiesDoNotShareTheWorkingWeights() {
        Study study = study("model");
        study.getVersions().add(version(study, "v1"));
        Study copy = StudyCopy.of(study);
        study.getNetwork().getLayers().get(1).getWeights().set(0, 0, 9);
        assertNotEquals(9, copy.getNetwork().getLayers().get(1).getWeights().get(0, 0));
        assertEquals(null, copy.eResource());
        // versions are snapshots nothing writes to: their arrays are shared, not cloned
        assertSame(study.getVersions().get(0).getNetwork().getLayers().get(1).getWeights().getValues(),
                copy.getVersions().get(0).getNetwork().getLayers().get(1).getWeights().getValues());
        assertEquals(1, copy.getVersions().size());
    }

    @Test
    void recoverCommandSwapsTheContentUndoably() throws Exception {
        Path file = dir.resolve("doc.glia");
        GliaDocument.save(study("saved"), file);
        Study open = GliaDocument.load(file);
        Network savedNetwork = open.getNetwork();
        double[] savedWeights = savedNetwork.getLayers().get(1).getWeights().getValues().clone();

        Study recovered = study("edited");
        recovered.getNetwork().getLayers().get(1).getWeights().set(1, 2, -3.5);
        ModelVersion v1 = version(recovered, "v1");
        recovered.getVersions().add(v1);
        recovered.setCurrentVersion(v1);
        recovered.getPendingEdits().add("Set Weight 0:2→1:1");

        BasicCommandStack stack = new BasicCommandStack();
        assertFalse(stack.isSaveNeeded());
        assertEquals(null, NetworkEdits.run(stack, new RecoverCommand(open, recovered)));
        assertTrue(stack.isSaveNeeded(), "the recovered document is dirty");
        assertEquals("Recover Unsaved Changes", stack.getUndoCommand().getLabel());
        assertEquals("edited", open.getName());
        assertEquals(-3.5, open.getNetwork().getLayers().get(1).getWeights().get(1, 2));
        assertEquals(1, open.getVersions().size());
        assertSame(open.getVersions().get(0), open.getCurrentVersion());
        assertSame(open, open.getCurrentVersion().eContainer());
        assertEquals(List.of("Set Weight 0:2→1:1"), open.getPendingEdits());
        assertSame(open.eResource(), open.getNetwork().eResource(), "moved into the open document");
        assertTrue(Networks.problems(open.getNetwork()).isEmpty());

        stack.undo();
        assertFalse(stack.isSaveNeeded());
        assertEquals("saved", open.getName());
        assertSame(savedNetwork, open.getNetwork());
        assertArrayEquals(savedWeights, open.getNetwork().getLayers().get(1).getWeights().getValues());
        assertTrue(open.getVersions().isEmpty());
        assertEquals(null, open.getCurrentVersion());
        assertTrue(open.getPendingEdits().isEmpty());

        stack.redo();
        assertEquals(-3.5, open.getNetwork().getLayers().get(1).getWeights().get(1, 2));
        assertSame(open.getVersions().get(0), open.getCurrentVersion());
        // saving writes the recovered content to the document's own file
        GliaDocument.save(open, file);
        assertEquals(-3.5, GliaDocument.load(file).getNetwork().getLayers().get(1).getWeights().get(1, 2));
    }

    @Test
    void theQuestionNamesTheFileTheTimeAndTheLastChange() {
        ZoneId utc = ZoneOffset.UTC;
        Instant t = Instant.parse("2025-03-01T14:07:00Z");
        RecoveryEntry e = new RecoveryEntry(dir.resolve("paper.glia"), t, "Delete Node 1:2");
        String q = RecoveryText.question(e, utc, Instant.parse("2025-03-01T15:00:00Z"));
        assertTrue(q.startsWith("Glia found unsaved changes to paper.glia from 14:07 (after a crash). Recover them?"),
                q);
        assertTrue(q.contains("Delete Node 1:2"), q);
        assertEquals("2025-03-01 14:07", RecoveryText.when(t, utc, Instant.parse("2025-03-02T09:00:00Z")));
        String list = RecoveryText.unsavedDocuments(List.of(e), utc, Instant.parse("2025-03-01T15:00:00Z"));
        assertTrue(list.contains("paper.glia from 14:07 (in " + dir + ")"), list);
        String c = RecoveryText.corrupt(dir.resolve("paper.glia"), "truncated", dir.resolve("x.glia.corrupt"));
        assertTrue(c.contains("paper.glia") && c.contains("truncated") && c.contains("x.glia.corrupt"), c);
    }

    private static Study study(String name) {
        Study s = GliaFactory.eINSTANCE.createStudy();
        s.setName(name);
        s.getClasses().addAll(List.of("HC", "AD"));
        s.setNetwork(Nets.network(6, 42, 3));
        return s;
    }

    private static ModelVersion version(Study study, String id) {
        ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
        v.setId(id);
        v.setNetwork(Networks.copy(study.getNetwork()));
        return v;
    }
}
