package org.glia.model.tests;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.glia.model.ActivationFunction;
import org.glia.model.FoldMetrics;
import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.nn.NetworkBuilder;

/** Small models for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static List<String> regions(int n) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add("Region_" + i);
        }
        return r;
    }

    static Network network(int inputs, int[] hidden, int classes, long seed) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("C" + c);
        }
        return NetworkBuilder.build(regions(inputs), hidden, ActivationFunction.RELU, names, seed);
    }

    /** A study with a 5-4-3-2 working network and two recorded versions. */
    static Study study() {
        Study s = GliaFactory.eINSTANCE.createStudy();
        s.setName("demo");
        s.setCohortPath("/data/cohort");
        s.setFeatureSet("degree");
        s.getClasses().addAll(List.of("C0", "C1"));
        s.setSeed(42);
        s.setNetwork(network(5, new int[] {4, 3}, 2, 42));
        ModelVersion v1 = version("v1", s.getNetwork());
        s.getVersions().add(v1);
        ModelVersion v2 = version("v2", s.getNetwork());
        v2.setParent(v1);
        v2.getEdits().addAll(List.of("Delete Node 1:3", "Delete Node 1:3"));
        s.getVersions().add(v2);
        s.setCurrentVersion(v2);
        s.getPendingEdits().add("Set Bias 1:0 to 0.5");
        s.getNetwork().getLayers().get(1).getNodes().get(0).setBias(-0.0);
        s.getNetwork().getLayers().get(2).getNodes().get(1).setBias(0.1 + 0.2);
        s.getNetwork().getInputShift().addAll(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        s.getNetwork().getInputScale().addAll(List.of(0.5, 0.25, Math.PI, 1e-300, 7.0));
        return s;
    }

    private static ModelVersion version(String id, Network n) {
        ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
        v.setId(id);
        v.setTimestamp(new Date(1_700_000_000_123L));
        v.setNetwork(Networks.copy(n));
        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEngine("java");
        t.setLearningRate(0.01);
        t.setEpochs(200);
        t.setFolds(10);
        t.setSeed(7);
        v.setSettings(t);
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        m.setFolds(2);
        m.setAccuracy(0.75);
        m.setAccuracySd(0.1);
        m.getConfusion().addAll(List.of(3, 1, 1, 3));
        for (int f = 0; f < 2; f++) {
            FoldMetrics fm = GliaFactory.eINSTANCE.createFoldMetrics();
            fm.setFold(f);
            fm.setAccuracy(f == 0 ? 0.8 : 0.7);
            fm.setTestSize(4);
            m.getFoldMetrics().add(fm);
        }
        v.setMetrics(m);
        return v;
    }
}
