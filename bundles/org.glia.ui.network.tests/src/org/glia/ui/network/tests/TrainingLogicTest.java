package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.train.EpochListener;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retraining;
import org.glia.ui.network.internal.training.TrainingDefaults;
import org.glia.ui.network.internal.training.TrainingJob;
import org.glia.ui.network.internal.training.TrainingMode;
import org.glia.ui.network.internal.training.TrainingPlan;
import org.junit.jupiter.api.Test;

/**
 * The training commands without the workbench: the default cross-validation never starts a fold from the working
 * weights and stays at chance on shuffled labels (where starting from memorising weights does not), and plans take
 * their settings from the last version or else from the preference defaults.
 */
class TrainingLogicTest {

    private static final TrainSettings QUICK = new TrainSettings("java", 0.01, 60, 0, 1e-4, 0, 0.2, 5);

    @Test
    void defaultCrossValidationStartsEveryFoldFromFreshWeights() {
        Mlp working = Nets.mlp(3, 8, 5, 2);
        Data d = data(24, 8, 1);
        Recorder r = new Recorder();
        Retraining out = TrainingJob.train(TrainingMode.CROSS_VALIDATE, r, working, d.x, d.y, QUICK, 4,
                FoldPreprocessor.Z_SCORE, CvListener.NONE, new NullProgressMonitor());
        assertEquals(5, r.starts.size(), "4 folds and the final training");
        List<Mlp> folds = r.starts.subList(0, 4);
        for (Mlp m : folds) {
            assertArrayEquals(working.sizes(), m.sizes(), "same architecture");
            assertNotEquals(working, m, "a fold must not start from the working weights");
            for (int k = 0; k < m.depth(); k++) {
                assertEquals(working.layer(k).activation(), m.layer(k).activation());
            }
        }
        assertEquals(4, folds.stream().distinct().count(), "every fold has its own seeded start");
        assertSame(working, r.starts.get(4), "the final training continues from the working weights");
        assertEquals(4, out.cv().folds().size());
        assertEquals(4, out.folds());

        // same settings, same fresh starts: reproducible
        Recorder again = new Recorder();
        TrainingJob.train(TrainingMode.CROSS_VALIDATE, again, working, d.x, d.y, QUICK, 4, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, new NullProgressMonitor());
        assertEquals(new ArrayList<>(r.starts.subList(0, 4)), new ArrayList<>(again.starts.subList(0, 4)));
    }

    @Test
    void fromWeightsVariantAndRetrainStartFromTheWorkingWeights() {
        Mlp working = Nets.mlp(3, 8, 5, 2);
        Data d = data(24, 8, 1);
        Recorder r = new Recorder();
        Retraining out = TrainingJob.train(TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS, r, working, d.x, d.y, QUICK, 3,
                FoldPreprocessor.Z_SCORE, CvListener.NONE, new NullProgressMonitor());
        assertEquals(4, r.starts.size());
        r.starts.forEach(m -> assertSame(working, m));
        assertEquals(3, out.cv().folds().size());

        Recorder plain = new Recorder();
        Retraining retrained = TrainingJob.train(TrainingMode.RETRAIN, plain, working, d.x, d.y, QUICK, 10,
                FoldPreprocessor.Z_SCORE, CvListener.NONE, new NullProgressMonitor());
        assertEquals(List.of(working), plain.starts, "no cross-validation, one training");
        assertNull(retrained.cv());
        assertEquals(0, retrained.folds());
    }

    @Test
    void freshStartsKeepMixedActivations() {
        Mlp mixed = new Mlp(List.of(layer(6, 4, Activation.RELU), layer(4, 3, Activation.TANH),
                layer(3, 2, Activation.SOFTMAX)));
        Recorder r = new Recorder();
        Data d = data(12, 6, 2);
        TrainingJob.train(TrainingMode.CROSS_VALIDATE, r, mixed, d.x, d.y, QUICK, 2, FoldPreprocessor.Z_SCORE,
                CvListener.NONE, new NullProgressMonitor());
        Mlp fresh = r.starts.get(0);
        assertEquals(Activation.RELU, fresh.layer(0).activation());
        assertEquals(Activation.TANH, fresh.layer(1).activation());
        assertEquals(Activation.SOFTMAX, fresh.layer(2).activation());
        // He (ReLU, limit sqrt(6/6) = 1) and Glorot (tanh, limit sqrt(6/7)) uniform weights, biases 0
        for (double w : fresh.layer(0).weightsView()) {
            assertTrue(Math.abs(w) <= 1, "He limit: " + w);
        }
        for (double w : fresh.layer(1).weightsView()) {
            assertTrue(Math.abs(w) <= Math.sqrt(6.0 / 7), "Glorot limit: " + w);
        }
        assertArrayEquals(new double[3], fresh.layer(1).bias());
    }

    @Test
    void defaultCrossValidationOfShuffledLabelsStaysNearChance() {
        // 60 subjects of pure noise with balanced random labels; the working network has memorised all of them
        Data d = data(60, 20, 9);
        TrainSettings memorise = new TrainSettings("java", 0.01, 400, 0, 0, 0, 0.2, 3);
        Mlp working = new JavaTrainer().train(Nets.mlp(4, 20, 16, 2), FoldPreprocessor.Z_SCORE.fit(d.x).apply(d.x), d.y,
                memorise, null).network();
        // a short retraining, as after a small edit: from memorising weights it keeps what they memorised
        TrainSettings settings = new TrainSettings("java", 0.01, 20, 0, 1e-4, 0, 0.2, 7);
        double fresh = TrainingJob.train(TrainingMode.CROSS_VALIDATE, new JavaTrainer(), working, d.x, d.y, settings,
                5, FoldPreprocessor.Z_SCORE, CvListener.NONE, new NullProgressMonitor()).cv().accuracy().mean();
        double fromWeights = TrainingJob.train(TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS, new JavaTrainer(), working,
                d.x, d.y, settings, 5, FoldPreprocessor.Z_SCORE, CvListener.NONE, new NullProgressMonitor()).cv()
                .accuracy().mean();
        System.out.printf("shuffled labels, 5-fold CV accuracy: fresh weights %.3f, from memorising weights %.3f%n",
                fresh, fromWeights);
        assertTrue(fresh < 0.7, "the default CV finds no signal in noise: " + fresh);
        assertTrue(fromWeights > 0.85, "starting from memorising weights leaks the test subjects: " + fromWeights);
    }

    @Test
    void planTakesTheLastVersionsSettingsElseTheDefaults(@org.junit.jupiter.api.io.TempDir Path dir) {
        Study study = study();
        TrainingDefaults defaults = new TrainingDefaults("java", 0.05, 33, 8, 0.001, 4);
        Path file = dir.resolve("models/demo.glia");
        TrainingPlan plan = TrainingPlan.of(file, study, TrainingMode.CROSS_VALIDATE, defaults);
        assertEquals(dir.resolve("models/../cohort").normalize(), plan.cohort());
        assertEquals(new TrainSettings("java", 0.05, 33, 8, 0.001, 0, 0.2, 11), plan.settings());
        assertEquals(4, plan.folds());
        assertEquals(TrainingMode.CROSS_VALIDATE, plan.mode());
        assertTrue(plan.title(4).contains("fresh"), plan.title(4));
        assertTrue(TrainingPlan.of(file, study, TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS, defaults).title(4)
                .contains("optimistic"));
        assertEquals(0, TrainingPlan.of(file, study, TrainingMode.RETRAIN, defaults).folds());
        assertNotEquals(study.getNetwork(), plan.snapshot().getNetwork(), "the plan trains a copy");

        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEngine("java");
        t.setLearningRate(0.02);
        t.setEpochs(50);
        t.setL2(0);
        t.setValidationFraction(0.2);
        t.setFolds(6);
        ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
        v.setId("v1");
        v.setSettings(t);
        study.getVersions().add(v);
        study.setCurrentVersion(v);
        TrainingPlan recorded = TrainingPlan.of(file, study, TrainingMode.CROSS_VALIDATE, defaults);
        assertEquals(new TrainSettings("java", 0.02, 50, 0, 0, 0, 0.2, 11), recorded.settings());
        assertEquals(6, recorded.folds());
    }

    @Test
    void unusableDefaultsAreNamedForTheUser() {
        Study study = study();
        Path file = Path.of("/tmp/demo.glia");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingPlan.of(file, study,
                TrainingMode.RETRAIN, new TrainingDefaults("java", 0.01, 0, 0, 1e-4, 10)));
        assertTrue(e.getMessage().contains("preferences") && e.getMessage().contains("epoch"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingPlan.of(file, study,
                TrainingMode.CROSS_VALIDATE, new TrainingDefaults("java", 0.01, 10, 0, 1e-4, 1)));
        assertTrue(e.getMessage().contains("2 folds"), e.getMessage());
        TrainingDefaults builtIn = TrainingDefaults.builtIn();
        assertEquals(new TrainingDefaults("auto", 0.01, 200, 0, 1e-4, 10), builtIn);
        assertEquals(builtIn, TrainingDefaults.fromPreferences(), "outside OSGi the built-in defaults apply");
    }

    private static Study study() {
        Study study = GliaFactory.eINSTANCE.createStudy();
        study.setName("demo");
        study.setCohortPath("../cohort");
        study.getClasses().addAll(List.of("HC", "AD"));
        study.setSeed(11);
        study.setNetwork(Nets.network(6, 1, 3));
        return study;
    }

    private static DenseLayer layer(int in, int out, Activation a) {
        return new DenseLayer(in, out, new double[in * out], new double[out], a);
    }

    /** Random features (standard normal) and balanced random labels: nothing to learn. */
    private static Data data(int subjects, int features, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[subjects][features];
        for (double[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = gaussian(r);
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            labels.add(i % 2);
        }
        Collections.shuffle(labels, new java.util.Random(seed));
        return new Data(x, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private record Data(double[][] x, int[] y) {
    }

    /** A trainer that records the network each training starts from and returns it untrained. */
    private static final class Recorder implements Trainer {

        final List<Mlp> starts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String engine() {
            return "java";
        }

        @Override
        public TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings settings, EpochListener listener,
                IProgressMonitor monitor) {
            starts.add(initial);
            return new TrainResult(initial, List.of(), 0, false);
        }

        @Override
        public int maxParallelRuns() {
            return 1; // folds in order, so the recorded starts are in fold order
        }
    }
}
