package org.glia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.glia.ui.internal.views.NoModelInput;
import org.glia.ui.network.GliaFileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a restart restores, short of restarting (the UI harness cannot): an open document's editor input goes into
 * the workbench memento and its element factory makes the same input again; the empty network area's input is not
 * persisted, so a restart does not reopen it. (restart/restart-test.sh restarts the real product.)
 */
class SessionRestoreTest {

    @TempDir
    Path dir;

    /** Writes the element into a memento, as the workbench does on shutdown, and reads the XML back. */
    private static XMLMemento roundTrip(IPersistableElement element) throws Exception {
        XMLMemento out = XMLMemento.createWriteRoot("input");
        element.saveState(out);
        StringWriter xml = new StringWriter();
        out.save(xml);
        return XMLMemento.createReadRoot(new StringReader(xml.toString()));
    }

    @Test
    void anOpenDocumentsInputIsRecreatedByItsFactory() throws Exception {
        Path file = Files.writeString(dir.resolve("model one.glia"), "<glia/>");
        GliaFileInput input = new GliaFileInput(file);
        IPersistableElement persistable = input.getPersistable();
        assertNotNull(persistable, "the input is persistable");
        IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
        assertNotNull(factory, "the factory " + persistable.getFactoryId() + " is contributed");
        Object again = factory.createElement(roundTrip(persistable));
        assertEquals(input, again);
        assertEquals(file.toAbsolutePath().normalize(), ((GliaFileInput) again).file());
        assertTrue(((GliaFileInput) again).exists());
    }

    @Test
    void aDocumentGoneSinceIsStillRecreatedSoTheEditorCanSaySo() throws Exception {
        Path file = dir.resolve("gone.glia");
        GliaFileInput input = new GliaFileInput(file);
        XMLMemento memento = roundTrip(input.getPersistable());
        Object again = PlatformUI.getWorkbench().getElementFactory(GliaFileInput.FACTORY_ID).createElement(memento);
        if (again != null) {
            assertEquals(input, again);
            assertTrue(!((GliaFileInput) again).exists());
        }
    }

    @Test
    void theEmptyNetworkAreaIsNotPersisted() {
        assertNull(NoModelInput.INSTANCE.getPersistable());
    }
}
