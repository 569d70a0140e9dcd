package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.nn.MlpConversion;
import org.junit.jupiter.api.Test;

/** Recording a trained version and restoring an old one, both undoable. */
class VersionEditsTest {

    private static Mlp perturbed(Mlp m) {
        List<DenseLayer> layers = new ArrayList<>();
        for (DenseLayer d : m.layers()) {
            double[] w = d.weights();
            for (int i = 0; i < w.length; i++) {
                w[i] += 0.01;
            }
            double[] b = d.bias();
            b[0] = 0.5;
            layers.add(new DenseLayer(d.inputs(), d.outputs(), w, b, d.activation()));
        }
        return new Mlp(layers);
    }

    private static ModelEdit record(Study s, Mlp initial, Mlp trained) {
        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEpochs(5);
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        m.setAccuracy(0.9);
        return NetworkEdits.recordVersion(s, initial, trained, new double[] {0, 0, 0, 0, 1}, new double[] {1, 1, 1, 1, 2},
                t, m, new Date(5));
    }

    @Test
    void recordVersionAndUndo() {
        Study s = Fixtures.study();
        CommandStack stack = ModelEditing.createDomain().getCommandStack();
        stack.execute(NetworkEdits.deleteNode(s.getNetwork(), 1, 0));
        String before = Snapshot.of(s);
        ModelVersion parent = s.getCurrentVersion();
        List<String> pending = List.copyOf(s.getPendingEdits());
        Mlp initial = MlpConversion.toMlp(s.getNetwork());
        Mlp trained = perturbed(initial);
        ModelEdit edit = record(s, initial, trained);
        assertEquals("Record Version v3", edit.getLabel());
        assertNull(NetworkEdits.run(stack, edit));
        String after = Snapshot.of(s);
        ModelVersion v = s.getCurrentVersion();
        assertEquals("v3", v.getId());
        assertSame(parent, v.getParent());
        assertEquals(pending, v.getEdits());
        assertTrue(s.getPendingEdits().isEmpty());
        assertTrue(MlpConversion.matches(s.getNetwork(), trained));
        assertTrue(MlpConversion.matches(v.getNetwork(), trained));
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 1.0), s.getNetwork().getInputShift());
        // the snapshot is independent of the working network
        stack.execute(NetworkEdits.setWeight(s.getNetwork(), 0, 0, 0, 7));
        assertTrue(MlpConversion.matches(v.getNetwork(), trained));
        stack.undo();
        stack.undo();
        assertEquals(before, Snapshot.of(s));
        stack.redo();
        assertEquals(after, Snapshot.of(s));
    }

    @Test
    void staleTrainingIsRefused() {
        Study s = Fixtures.study();
        Mlp initial = MlpConversion.toMlp(s.getNetwork());
        NetworkEdits.setBias(s.getNetwork(), 1, 0, 3).execute();
        String before = Snapshot.of(s);
        ModelEdit edit = record(s, initial, perturbed(initial));
        assertEquals("The network was edited while it was being trained; train again.", edit.whyNot());
        assertEquals(before, Snapshot.of(s));
    }

    @Test
    void restoreVersion() {
        Study s = Fixtures.study();
        CommandStack stack = ModelEditing.createDomain().getCommandStack();
        stack.execute(NetworkEdits.deleteNode(s.getNetwork(), 1, 0));
        Network old = s.getNetwork();
        String before = Snapshot.of(s);
        ModelVersion v1 = s.getVersions().get(0);
        assertNull(NetworkEdits.run(stack, NetworkEdits.restoreVersion(s, v1)));
        assertSame(v1, s.getCurrentVersion());
        assertArrayEquals(new int[] {5, 4, 3, 2}, org.glia.model.Networks.sizes(s.getNetwork()));
        assertTrue(s.getPendingEdits().isEmpty());
        assertNotNull(s.getNetwork());
        stack.undo();
        assertSame(old, s.getNetwork());
        assertEquals(before, Snapshot.of(s));
        ModelVersion foreign = GliaFactory.eINSTANCE.createModelVersion();
        assertNotNull(NetworkEdits.restoreVersion(s, foreign).whyNot());
    }
}
