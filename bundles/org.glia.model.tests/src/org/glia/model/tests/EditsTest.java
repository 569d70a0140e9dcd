package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glia.model.ActivationFunction;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each edit: its effect, its label, undo to the exact previous model, redo to the exact edited one. */
class EditsTest {

    private Study study;
    private Network net;
    private CommandStack stack;

    @BeforeEach
    void setUp() {
        EditingDomain domain = ModelEditing.createDomain();
        stack = domain.getCommandStack();
        study = Fixtures.study();
        study.getPendingEdits().clear();
        net = study.getNetwork(); // 5-4-3-2
    }

    /** Runs the edit, checks undo and redo are exact, and leaves it applied. */
    private void roundTrip(ModelEdit edit, String label) {
        assertEquals(label, edit.getLabel());
        String before = Snapshot.of(study);
        assertNull(NetworkEdits.run(stack, edit), () -> edit.whyNot());
        String after = Snapshot.of(study);
        assertNotEquals(before, after);
        assertEquals(edit.getDescription(), study.getPendingEdits().get(study.getPendingEdits().size() - 1));
        assertEquals("Undo " + label, "Undo " + stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(before, Snapshot.of(study));
        stack.redo();
        assertEquals(after, Snapshot.of(study));
        assertTrue(Networks.problems(net).isEmpty(), () -> Networks.problems(net).toString());
    }

    @Test
    void deleteNode() {
        WeightMatrix in = net.getLayers().get(1).getWeights();
        WeightMatrix out = net.getLayers().get(2).getWeights();
        double[] keptRow = in.getRow(3);
        double[] keptCol = out.getColumn(3);
        String removedId = net.getLayers().get(1).getNodes().get(2).getId();
        roundTrip(NetworkEdits.deleteNode(net, 1, 2), "Delete Node 1:2");
        assertArrayEquals(new int[] {5, 3, 3, 2}, Networks.sizes(net));
        assertArrayEquals(keptRow, in.getRow(2));
        assertArrayEquals(keptCol, out.getColumn(2));
        assertFalse(net.getLayers().get(1).getNodes().stream().anyMatch(n -> n.getId().equals(removedId)));
    }

    @Test
    void addNodes() {
        WeightMatrix in = net.getLayers().get(1).getWeights();
        double[] old = in.getValues().clone();
        int nodeCount = net.getNodeCount();
        roundTrip(NetworkEdits.addNodes(net, 1, 4), "Add 4 Nodes to Layer 1");
        assertArrayEquals(new int[] {5, 8, 3, 2}, Networks.sizes(net));
        for (int i = 0; i < old.length; i++) {
            assertEquals(old[i], in.getValues()[i]);
        }
        assertEquals(nodeCount + 4, net.getNodeCount());
        assertEquals("n" + nodeCount, net.getLayers().get(1).getNodes().get(4).getId());
        // new outgoing weights are small, new incoming ones not all zero
        WeightMatrix out = net.getLayers().get(2).getWeights();
        for (int r = 0; r < 3; r++) {
            assertTrue(Math.abs(out.get(r, 6)) < 0.2);
        }
        assertNotEquals(0.0, in.get(7, 0));
        assertEquals("Add 1 Node to Layer 2", NetworkEdits.addNodes(net, 2, 1).getLabel());
    }

    @Test
    void addNodesIsReproducible() {
        stack.execute(NetworkEdits.addNodes(net, 2, 3));
        String once = Snapshot.of(net);
        stack.undo();
        stack.execute(NetworkEdits.addNodes(net, 2, 3));
        assertEquals(once, Snapshot.of(net));
        Network twin = Fixtures.network(5, new int[] {4, 3}, 2, 42);
        NetworkEdits.addNodes(twin, 2, 3).execute();
        assertArrayEquals(net.getLayers().get(2).getWeights().getValues(), twin.getLayers().get(2).getWeights().getValues());
    }

    @Test
    void insertLayer() {
        roundTrip(NetworkEdits.insertLayer(net, 3, 6, ActivationFunction.TANH), "Insert Layer at 3");
        assertArrayEquals(new int[] {5, 4, 3, 6, 2}, Networks.sizes(net));
        Layer l = net.getLayers().get(3);
        assertEquals(LayerKind.HIDDEN, l.getKind());
        assertEquals(ActivationFunction.TANH, l.getActivation());
        assertEquals(6, l.getWeights().getRows());
        assertEquals(3, l.getWeights().getCols());
        assertEquals(6, net.getLayers().get(4).getWeights().getCols());
        roundTrip(NetworkEdits.insertLayer(net, 1, 2, ActivationFunction.RELU), "Insert Layer at 1");
        assertArrayEquals(new int[] {5, 2, 4, 3, 6, 2}, Networks.sizes(net));
    }

    @Test
    void removeLayer() {
        roundTrip(NetworkEdits.removeLayer(net, 1), "Remove Layer 1");
        assertArrayEquals(new int[] {5, 3, 2}, Networks.sizes(net));
        assertEquals(5, net.getLayers().get(1).getWeights().getCols());
        roundTrip(NetworkEdits.removeLayer(net, 1), "Remove Layer 1");
        assertArrayEquals(new int[] {5, 2}, Networks.sizes(net));
    }

    @Test
    void setWeight() {
        roundTrip(NetworkEdits.setWeight(net, 1, 3, 2, 0.5), "Set Weight 1:3\u21922:2");
        assertEquals(0.5, net.getLayers().get(2).getWeights().get(2, 3));
        assertEquals("Set Weight 1:3\u21922:2 to 0.5", study.getPendingEdits().get(0));
    }

    @Test
    void scaleWeights() {
        WeightMatrix out = net.getLayers().get(2).getWeights();
        double[] col = out.getColumn(3);
        roundTrip(NetworkEdits.scaleOutgoing(net, 1, 3, 1.5), "Scale Outgoing Weights of 1:3 \u00d71.5");
        for (int r = 0; r < col.length; r++) {
            assertEquals(col[r] * 1.5, out.get(r, 3));
        }
        WeightMatrix in = net.getLayers().get(1).getWeights();
        double[] row = in.getRow(0);
        roundTrip(NetworkEdits.scaleIncoming(net, 1, 0, 2), "Scale Incoming Weights of 1:0 \u00d72");
        for (int c = 0; c < row.length; c++) {
            assertEquals(row[c] * 2, in.get(0, c));
        }
        // input nodes have outgoing weights, output nodes incoming ones
        roundTrip(NetworkEdits.scaleOutgoing(net, 0, 4, 0.25), "Scale Outgoing Weights of 0:4 \u00d70.25");
        roundTrip(NetworkEdits.scaleIncoming(net, 3, 1, -1), "Scale Incoming Weights of 3:1 \u00d7-1");
    }

    @Test
    void setBias() {
        roundTrip(NetworkEdits.setBias(net, 1, 3, -2.5), "Set Bias 1:3");
        assertEquals(-2.5, net.getLayers().get(1).getNodes().get(3).getBias());
        roundTrip(NetworkEdits.setBias(net, 3, 0, 1), "Set Bias 3:0");
    }

    @Test
    void refusalsLeaveTheModelUnchanged() {
        Network one = Fixtures.network(3, new int[] {1}, 2, 1);
        List<ModelEdit> refused = List.of(
                NetworkEdits.deleteNode(net, 0, 1),
                NetworkEdits.deleteNode(net, 3, 0),
                NetworkEdits.deleteNode(net, 1, 4),
                NetworkEdits.deleteNode(net, 7, 0),
                NetworkEdits.deleteNode(net, -1, 0),
                NetworkEdits.deleteNode(one, 1, 0),
                NetworkEdits.addNodes(net, 0, 1),
                NetworkEdits.addNodes(net, 3, 1),
                NetworkEdits.addNodes(net, 1, 0),
                NetworkEdits.addNodes(net, 1, -3),
                NetworkEdits.insertLayer(net, 0, 3, ActivationFunction.RELU),
                NetworkEdits.insertLayer(net, 4, 3, ActivationFunction.RELU),
                NetworkEdits.insertLayer(net, 2, 0, ActivationFunction.RELU),
                NetworkEdits.insertLayer(net, 2, 3, ActivationFunction.SOFTMAX),
                NetworkEdits.removeLayer(net, 0),
                NetworkEdits.removeLayer(net, 3),
                NetworkEdits.removeLayer(net, 9),
                NetworkEdits.setWeight(net, 3, 0, 0, 1),
                NetworkEdits.setWeight(net, 1, 4, 0, 1),
                NetworkEdits.setWeight(net, 1, 0, 3, 1),
                NetworkEdits.setWeight(net, 1, 0, 0, Double.NaN),
                NetworkEdits.setWeight(net, 1, 0, 0, Double.POSITIVE_INFINITY),
                NetworkEdits.scaleOutgoing(net, 3, 0, 2),
                NetworkEdits.scaleIncoming(net, 0, 0, 2),
                NetworkEdits.scaleOutgoing(net, 1, 0, Double.NaN),
                NetworkEdits.setBias(net, 0, 0, 1),
                NetworkEdits.setBias(net, 1, 9, 1),
                NetworkEdits.setBias(net, 1, 0, Double.NEGATIVE_INFINITY));
        String before = Snapshot.of(study);
        String beforeOne = Snapshot.of(one);
        for (ModelEdit e : refused) {
            String why = NetworkEdits.run(stack, e);
            assertTrue(why != null && !why.isBlank(), e.getLabel());
            assertFalse(e.canExecute());
            assertEquals(why, e.whyNot());
            stack.execute(e); // a command stack ignores it too
            assertEquals(before, Snapshot.of(study), e.getLabel());
        }
        assertEquals(beforeOne, Snapshot.of(one));
        assertFalse(stack.canUndo());
        assertEquals("Layer 0 is the input layer (one node per feature); only hidden layers can lose nodes.",
                NetworkEdits.deleteNode(net, 0, 1).whyNot());
        assertEquals("Node 1:0 is the last node of layer 1; remove the layer instead.",
                NetworkEdits.deleteNode(one, 1, 0).whyNot());
        assertEquals("Layer 3 is the output layer (one node per class); only hidden layers can be removed.",
                NetworkEdits.removeLayer(net, 3).whyNot());
    }

    @Test
    void notificationsReachAdapters() {
        List<Object> seen = new java.util.ArrayList<>();
        org.eclipse.emf.ecore.util.EContentAdapter a = new org.eclipse.emf.ecore.util.EContentAdapter() {
            @Override
            public void notifyChanged(org.eclipse.emf.common.notify.Notification n) {
                super.notifyChanged(n);
                if (!n.isTouch()) {
                    seen.add(n.getFeature());
                }
            }
        };
        study.eAdapters().add(a);
        stack.execute(NetworkEdits.setWeight(net, 0, 0, 0, 3));
        assertTrue(seen.contains(org.glia.model.GliaPackage.Literals.WEIGHT_MATRIX__VALUES), seen.toString());
        seen.clear();
        stack.execute(NetworkEdits.deleteNode(net, 1, 0));
        assertTrue(seen.contains(org.glia.model.GliaPackage.Literals.LAYER__NODES), seen.toString());
    }
}
