package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.glia.model.Network;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.editor.NumberInput;
import org.glia.ui.network.internal.editor.PickSelectionProvider;
import org.glia.ui.network.internal.editor.StackAction;
import org.junit.jupiter.api.Test;

/** The editor's non-UI pieces: undo/redo labels, number input, the selection provider and pick references. */
class EditorLogicTest {

    @Test
    void undoAndRedoAreLabelledWithTheCommand() {
        Network n = Nets.network(10, 1, 4);
        BasicCommandStack stack = new BasicCommandStack();
        StackAction undo = new StackAction(stack, true);
        StackAction redo = new StackAction(stack, false);
        assertFalse(undo.isEnabled());
        assertEquals("&Undo", undo.getText());
        stack.execute(NetworkEdits.deleteNode(n, 1, 3));
        undo.update();
        redo.update();
        assertTrue(undo.isEnabled());
        assertEquals("&Undo Delete Node 1:3", undo.getText());
        undo.run();
        undo.update();
        redo.update();
        assertEquals(4, n.getLayers().get(1).getNodes().size());
        assertEquals("&Redo Delete Node 1:3", redo.getText());
        redo.run();
        assertEquals(3, n.getLayers().get(1).getNodes().size());
        assertEquals("org.eclipse.ui.edit.undo", undo.getActionDefinitionId());
    }

    @Test
    void numbersAndCountsAreChecked() {
        assertEquals(-1.5, NumberInput.parseNumber(" -1.5 "));
        assertEquals(1e-3, NumberInput.parseNumber("1e-3"));
        assertNull(NumberInput.parseNumber("1,5"));
        assertNull(NumberInput.parseNumber("NaN"));
        assertNull(NumberInput.parseNumber("Infinity"));
        assertNull(NumberInput.checkNumber("0.25"));
        assertNotNull(NumberInput.checkNumber("abc"));
        assertEquals(4L, NumberInput.parseCount("4", 10));
        assertNull(NumberInput.parseCount("0", 10));
        assertNull(NumberInput.parseCount("11", 10));
        assertNull(NumberInput.parseCount("2.5", 10));
        assertTrue(NumberInput.checkCount("x", 100_000).contains("100,000"));
    }

    @Test
    void selectionProviderPublishesPicks() {
        List<NetworkPick> shown = new ArrayList<>();
        PickSelectionProvider p = new PickSelectionProvider(shown::add);
        List<IStructuredSelection> heard = new ArrayList<>();
        p.addSelectionChangedListener(e -> heard.add((IStructuredSelection) e.getSelection()));
        NetworkPick node = NetworkPick.node(1, 2, "1:2");
        p.picked(node);
        assertEquals(node, p.pick());
        assertEquals(node, heard.get(0).getFirstElement());
        p.setSelection(new StructuredSelection("not a pick"));
        assertNull(p.pick());
        assertTrue(heard.get(1).isEmpty());
        assertEquals(java.util.Arrays.asList((NetworkPick) null), shown);
    }

    @Test
    void picksNameTheirNodesLikeTheEdits() {
        NetworkPick e = NetworkPick.edge(1, 3, 0, 0.25);
        assertEquals("1:3\u21922:0", e.ref());
        assertTrue(e.isEdge() && !e.isNode());
        assertEquals("Node 0:4 (Amygdala_L)", NetworkPick.node(0, 4, "Amygdala_L").toString());
        assertEquals("1:3", NetworkPick.node(1, 3, "1:3").ref());
    }
}
