package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.CommandStack;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.junit.jupiter.api.Test;

/**
 * Random edit sequences (seeded): every state on the way is restored exactly by undo and replayed exactly by redo;
 * refused edits change nothing.
 */
class EditPropertyTest {

    private static final int SEQUENCES = 1000;

    @Test
    void randomSequencesUndoAndRedoExactly() {
        SplittableRandom r = new SplittableRandom(20261128);
        int executed = 0;
        int refusedCount = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            Study study = Fixtures.study();
            int hiddenLayers = r.nextInt(1, 3);
            int[] hidden = new int[hiddenLayers];
            for (int i = 0; i < hiddenLayers; i++) {
                hidden[i] = r.nextInt(1, 5);
            }
            study.setNetwork(Fixtures.network(r.nextInt(1, 5), hidden, r.nextInt(2, 4), r.nextLong()));
            CommandStack stack = ModelEditing.createDomain().getCommandStack();
            List<String> states = new ArrayList<>();
            states.add(Snapshot.of(study));
            int length = r.nextInt(1, 16);
            for (int e = 0; e < length; e++) {
                ModelEdit edit = randomEdit(study.getNetwork(), r);
                String before = Snapshot.of(study);
                String why = NetworkEdits.run(stack, edit);
                if (why != null) {
                    refusedCount++;
                    assertEquals(before, Snapshot.of(study), "refused " + edit.getLabel() + " changed the model");
                    continue;
                }
                executed++;
                assertTrue(Networks.problems(study.getNetwork()).isEmpty(), "after " + edit.getLabel() + ": "
                        + Networks.problems(study.getNetwork()));
                states.add(Snapshot.of(study));
            }
            for (int i = states.size() - 1; i > 0; i--) {
                assertTrue(stack.canUndo());
                stack.undo();
                assertEquals(states.get(i - 1), Snapshot.of(study), "sequence " + s + ", undo to state " + (i - 1));
            }
            assertFalse(stack.canUndo());
            for (int i = 1; i < states.size(); i++) {
                stack.redo();
                assertEquals(states.get(i), Snapshot.of(study), "sequence " + s + ", redo to state " + i);
            }
            assertFalse(stack.canRedo());
        }
        assertTrue(executed > 3 * SEQUENCES, "too few edits ran: " + executed);
        assertTrue(refusedCount > SEQUENCES / 2, "too few refusals exercised: " + refusedCount);
    }

    /** An edit with parameters a little beyond the valid range, so some are refused. */
    private static ModelEdit randomEdit(Network n, SplittableRandom r) {
        int layers = n.getLayers().size();
        boolean wild = r.nextInt(5) == 0;
        int layer = wild ? r.nextInt(-1, layers + 1) : r.nextInt(layers);
        int size = layer >= 0 && layer < layers ? n.getLayers().get(layer).getNodes().size() : 3;
        int node = wild ? r.nextInt(-1, size + 1) : r.nextInt(size);
        int nextSize = layer + 1 >= 0 && layer + 1 < layers ? n.getLayers().get(layer + 1).getNodes().size() : 3;
        double value = r.nextInt(20) == 0 ? Double.NaN : r.nextDouble(-3, 3);
        return switch (r.nextInt(9)) {
            case 0 -> NetworkEdits.deleteNode(n, layer, node);
            case 1 -> NetworkEdits.addNodes(n, layer, r.nextInt(0, 4));
            case 2 -> NetworkEdits.insertLayer(n, r.nextInt(0, layers + 1), r.nextInt(0, 4),
                    ActivationFunction.values()[r.nextInt(ActivationFunction.values().length)]);
            case 3 -> NetworkEdits.removeLayer(n, layer);
            case 4 -> NetworkEdits.setWeight(n, layer, node, wild ? r.nextInt(-1, nextSize + 1) : r.nextInt(nextSize), value);
            case 5 -> NetworkEdits.scaleOutgoing(n, layer, node, value);
            case 6 -> NetworkEdits.scaleIncoming(n, layer, node, value);
            case 7 -> NetworkEdits.setBias(n, layer, node, value);
            default -> NetworkEdits.deleteNode(n, layer, node);
        };
    }
}
