package org.glia.ui.training.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;

/**
 * A small trainable study written into a test's folder: a demo cohort of 16 HC, 6 MCI and 14 AD subjects over 12
 * regions ({@code cohort/}) and a model with a 12-6-2 network (HC, AD) on its degree features.
 */
final class DemoStudy {

    private DemoStudy() {
    }

    /**
     * Writes the cohort (once per folder) and the model {@code name}; with {@code earlyStopping}, the model has a
     * version v1 (untrained, no metrics) whose settings ask for 5 folds, 300 epochs and early stopping on a 20 %
     * validation split, so trainings of it report validation curves.
     */
    static Path write(Path dir, String name, boolean earlyStopping) throws Exception {
        Path cohort = dir.resolve("cohort");
        if (!Files.isDirectory(cohort)) {
            DemoSettings s = DemoSettings.defaults().withGroups(16, 6, 14).withAdEffect(0.5)
                    .withPlanted(List.of("Alpha_L", "Alpha_R", "Beta_L", "Beta_R"));
            new DemoCohortGenerator(regions(), s).write(5, cohort, null, null);
        }
        Study study = Studies.study(12, 6, 11);
        study.setName(name);
        study.setFeatureSet("degree");
        if (earlyStopping) {
            var t = Studies.settings();
            t.setEpochs(300);
            t.setPatience(40);
            t.setLearningRate(0.02);
            ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
            v.setId("v1");
            v.setSettings(t);
            v.setNetwork(Networks.copy(study.getNetwork()));
            study.getVersions().add(v);
            study.setCurrentVersion(v);
        }
        Path file = dir.resolve(name);
        GliaDocument.save(study, file);
        return file;
    }

    /** Twelve regions in six left/right pairs (the network names its inputs Region_i; only the count must match). */
    private static List<DemoRegion> regions() {
        SplittableRandom r = new SplittableRandom(3);
        String[] stems = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
        List<DemoRegion> out = new ArrayList<>();
        int index = 1;
        for (String stem : stems) {
            double x = 10 + r.nextDouble() * 50;
            double y = -90 + r.nextDouble() * 150;
            double z = -30 + r.nextDouble() * 100;
            out.add(new DemoRegion(index++, stem + "_L", "L", -x, y, z));
            out.add(new DemoRegion(index++, stem + "_R", "R", x, y, z));
        }
        return out;
    }
}
