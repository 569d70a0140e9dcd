package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.train.EpochListener;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;
import org.junit.jupiter.api.Test;

/** Retraining from the edited network records an undoable version; cancelling changes nothing. */
class RetrainerTest {

    private static final TrainSettings SETTINGS = TrainSettings.defaults().withEpochs(80).withSeed(5);

    static Study study() {
        Study s = GliaFactory.eINSTANCE.createStudy();
        s.setSeed(5);
        s.getClasses().addAll(List.of("HC", "AD"));
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            regions.add("R" + i);
        }
        s.setNetwork(NetworkBuilder.build(regions, new int[] {4}, ActivationFunction.RELU, s.getClasses(), 5));
        return s;
    }

    /** Everything of the study, weights included, as text. */
    static String state(Study s) throws Exception {
        Study copy = EcoreUtil.copy(s);
        StringBuilder sb = new StringBuilder();
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof WeightMatrix m) {
                for (double v : m.getValues()) {
                    sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
                }
                sb.append('\n');
            }
        });
        Resource r = new XMIResourceImpl(URI.createURI("mem.xmi"));
        r.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, null);
        return out + sb.toString();
    }

    @Test
    void retrainRecordsAnUndoableVersion() throws Exception {
        Study s = study();
        Toy d = Toy.blobs(new int[] {20, 20}, 6, 3, 21);
        CommandStack stack = ModelEditing.createDomain().getCommandStack();
        ModelVersion v1 = Retrainer.retrainNow(s, stack, new JavaTrainer(), d.x, d.y, SETTINGS, 4,
                FoldPreprocessor.Z_SCORE, null);
        assertEquals("v1", v1.getId());
        assertNull(v1.getParent());
        assertEquals(4, v1.getMetrics().getFolds());
        assertEquals(4, v1.getMetrics().getFoldMetrics().size());
        assertTrue(v1.getMetrics().getAccuracy() > 0.8);
        assertEquals(4, v1.getMetrics().getConfusion().size());
        assertEquals(6, s.getNetwork().getInputShift().size());
        assertEquals(80, v1.getSettings().getEpochs());

        // edit, then retrain from the edited weights
        assertNull(NetworkEdits.run(stack, NetworkEdits.addNodes(s.getNetwork(), 1, 4)));
        assertNull(NetworkEdits.run(stack, NetworkEdits.scaleOutgoing(s.getNetwork(), 1, 0, 1.5)));
        String beforeRetrain = state(s);
        Mlp edited = MlpConversion.toMlp(s.getNetwork());
        ModelVersion v2 = Retrainer.retrainNow(s, stack, new JavaTrainer(), d.x, d.y, SETTINGS, 0,
                FoldPreprocessor.Z_SCORE, null);
        assertEquals("v2", v2.getId());
        assertSame(v1, v2.getParent());
        assertEquals(List.of("Add 4 Nodes to Layer 1", "Scale Outgoing Weights of 1:0 \u00d71.5"), v2.getEdits());
        assertEquals(0, v2.getMetrics().getFolds());
        assertTrue(s.getPendingEdits().isEmpty());
        assertNotEquals(edited, MlpConversion.toMlp(s.getNetwork()));
        String afterRetrain = state(s);

        // the same retraining again gives the same bits (training started from the edited weights)
        Mlp again = new JavaTrainer().train(edited, FoldPreprocessor.zScore(d.x).apply(d.x), d.y, SETTINGS, null)
                .network();
        assertEquals(again, MlpConversion.toMlp(s.getNetwork()));

        stack.undo();
        assertEquals(beforeRetrain, state(s));
        stack.redo();
        assertEquals(afterRetrain, state(s));
    }

    @Test
    void cancelLeavesTheModelAsItWas() throws Exception {
        Study s = study();
        Toy d = Toy.blobs(new int[] {20, 20}, 6, 3, 22);
        CommandStack stack = ModelEditing.createDomain().getCommandStack();
        String before = state(s);
        NullProgressMonitor monitor = new NullProgressMonitor();
        Mlp initial = Retrainer.snapshot(s);
        assertThrows(OperationCanceledException.class, () -> Retrainer.run(new JavaTrainer(), initial, d.x, d.y,
                SETTINGS.withEpochs(100000), 3, FoldPreprocessor.Z_SCORE, CvListener.NONE, e -> {
                }, new NullProgressMonitor() {
                    int calls;

                    @Override
                    public boolean isCanceled() {
                        return ++calls > 50 || monitor.isCanceled();
                    }
                }));
        assertEquals(before, state(s));
        assertFalse(stack.canUndo());
    }

    @Test
    void editsDuringTrainingRefuseTheResult() throws Exception {
        Study s = study();
        Toy d = Toy.blobs(new int[] {10, 10}, 6, 3, 23);
        Mlp initial = Retrainer.snapshot(s);
        Retraining r = Retrainer.run(new JavaTrainer(), initial, d.x, d.y, SETTINGS, 0, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, EpochListener.NONE, null);
        Network n = s.getNetwork();
        NetworkEdits.setWeight(n, 0, 0, 0, 0.5).execute(); // the user edits while the job runs
        String before = state(s);
        ModelEdit edit = r.toEdit(s);
        assertEquals("The network was edited while it was being trained; train again.", edit.whyNot());
        assertEquals(before, state(s));
    }
}
