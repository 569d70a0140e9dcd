package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.XMLMemento;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.editor.EditorPages;
import org.glia.ui.network.internal.editor.GliaFileInputFactory;
import org.glia.ui.network.internal.editor.ViewMemory;
import org.glia.ui.network.internal.editor.ViewState;
import org.junit.jupiter.api.Test;

/**
 * What the editor persists: its input's path and its view (zoom, pan, pick), through XML mementos, and the views of
 * closed documents for their next opening.
 */
class EditorStateTest {

    @Test
    void viewStateSurvivesAMemento() throws Exception {
        ViewState s = new ViewState(false, 2.75, -120.5, 33.25, NetworkPick.edge(1, 3, 0, 0.5));
        ViewState back = ViewState.read(roundTrip(s::save));
        assertFalse(back.fitted());
        assertEquals(2.75, back.scale());
        assertEquals(-120.5, back.x());
        assertEquals(33.25, back.y());
        NetworkPick p = back.pick();
        assertTrue(p.isEdge());
        assertEquals(1, p.layer());
        assertEquals(3, p.node());
        assertEquals(0, p.target());
    }

    @Test
    void fittedOrDamagedStateGivesAFittedViewWithoutPick() throws Exception {
        ViewState fitted = ViewState.read(roundTrip(new ViewState(true, 1, 0, 0, null)::save));
        assertTrue(fitted.fitted());
        assertNull(fitted.pick());
        XMLMemento m = XMLMemento.createWriteRoot("editor");
        m.putBoolean("fitted", false);
        m.putString("scale", "-3");
        m.putString("pickKind", "BANANA");
        m.putInteger("pickLayer", 1);
        m.putInteger("pickNode", 1);
        m.putInteger("pickTarget", -1);
        ViewState damaged = ViewState.read(m);
        assertTrue(damaged.fitted());
        assertNull(damaged.pick());
    }

    @Test
    void closedDocumentsViewsAreRememberedPerFile() throws Exception {
        DialogSettings settings = new DialogSettings("test");
        ViewMemory memory = new ViewMemory(settings);
        Path a = Path.of("/tmp/models/a.glia");
        assertNull(memory.recall(a));
        memory.remember(a, new ViewState(false, 3.5, -40, 12.25, NetworkPick.node(1, 2, "1:2")));
        memory.remember(Path.of("/tmp/models/b.glia"), new ViewState(true, 1, 0, 0, null));
        ViewState back = memory.recall(Path.of("/tmp/models/../models/a.glia"));
        assertEquals(3.5, back.scale());
        assertEquals(-40, back.x());
        assertEquals(12.25, back.y());
        assertEquals(2, back.pick().node());
        assertTrue(memory.recall(Path.of("/tmp/models/b.glia")).fitted());

        // written with the dialog settings and read back, as after a restart
        StringWriter out = new StringWriter();
        settings.save(out);
        DialogSettings loaded = new DialogSettings("test");
        loaded.load(new java.io.StringReader(out.toString()));
        assertEquals(3.5, new ViewMemory(loaded).recall(a).scale());

        // the latest view wins; only the last MAX documents are kept
        memory.remember(a, new ViewState(false, 2, 1, 1, null));
        assertEquals(2, memory.recall(a).scale());
        for (int i = 0; i < ViewMemory.MAX; i++) {
            memory.remember(Path.of("/tmp/models/m" + i + ".glia"), new ViewState(true, 1, 0, 0, null));
        }
        assertNull(memory.recall(a), "forgotten after " + ViewMemory.MAX + " other documents");
        assertNotNull(memory.recall(Path.of("/tmp/models/m0.glia")));
    }

    @Test
    void inputIsPersistedAndRecreatedByItsFactory() throws Exception {
        GliaFileInput in = new GliaFileInput(Path.of("/tmp/x/../models/study.glia"));
        assertEquals(Path.of("/tmp/models/study.glia"), in.file());
        assertEquals("study.glia", in.getName());
        assertEquals(GliaFileInput.FACTORY_ID, in.getPersistable().getFactoryId());
        IMemento m = roundTrip(in::saveState);
        Object back = new GliaFileInputFactory().createElement(m);
        assertEquals(in, back);
        assertEquals(in.hashCode(), back.hashCode());
        assertNotEquals(in, new GliaFileInput(Path.of("/tmp/models/other.glia")));
        assertEquals(in.file(), in.getAdapter(Path.class));
        assertEquals("/tmp/models/study.glia", in.getPath().toOSString());
        assertFalse(in.exists());
        assertNull(new GliaFileInputFactory().createElement(XMLMemento.createWriteRoot("empty")));
    }

    @Test
    void saveAsAddsTheExtension() {
        assertEquals(Path.of("/tmp/a.glia"), EditorPages.withExtension(Path.of("/tmp/a")));
        assertEquals(Path.of("/tmp/a.glia"), EditorPages.withExtension(Path.of("/tmp/a.glia")));
    }

    /** Writes with {@code writer} into a memento, serialises it to XML and reads it back. */
    private static IMemento roundTrip(java.util.function.Consumer<IMemento> writer) throws Exception {
        XMLMemento m = XMLMemento.createWriteRoot("editor");
        writer.accept(m);
        StringWriter out = new StringWriter();
        m.save(out);
        return XMLMemento.createReadRoot(new StringReader(out.toString()));
    }
}
