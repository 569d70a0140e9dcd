package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glia.model.ActivationFunction;
import org.glia.model.LayerKind;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step kind on the small cohort: what it prints and what it does to the study. */
class StepsTest {

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void cohort() throws Exception {
        Fixture.cohort(tmp.resolve("cohort"));
        dir = tmp.resolve("exp");
    }

    private Fixture.Run run(String... steps) throws Exception {
        return Fixture.run(Fixture.experiment(dir, "x.json", Fixture.steps(steps)));
    }

    private static final String NET = "{\"network\": {\"hidden\": [3], \"activation\": \"tanh\", \"seed\": 2}}";
    private static final String TRAIN = "{\"train\": {\"epochs\": 30, \"seed\": 1}}";

    @Test
    void loadClassesNetworkAndOut() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, "{\"out\": \"results\"}");
        assertEquals("1 load ../cohort: 36 subjects (HC 16, MCI 6, AD 14), 12 regions", r.lines().get(0));
        assertEquals("2 classes HC, AD: 30 subjects (HC 16, AD 14)", r.lines().get(1));
        assertEquals("3 network 12-3-2 tanh", r.lines().get(2));
        assertEquals("4 out results", r.lines().get(3));
        assertEquals(4, r.lines().size());
        Study s = r.outcome().study();
        assertEquals(List.of("HC", "AD"), s.getClasses());
        assertEquals("degree", s.getFeatureSet());
        assertEquals(tmp.resolve("cohort").toAbsolutePath().normalize().toString(), s.getCohortPath());
        assertEquals("Alpha_L", s.getNetwork().getLayers().get(0).getNodes().get(0).getLabel());
        assertEquals(ActivationFunction.TANH, s.getNetwork().getLayers().get(1).getActivation());
        assertEquals(dir.resolve("results/versions.json"), r.outcome().versions());
        assertTrue(Files.exists(r.outcome().versions()));
    }

    @Test
    void withoutClassesEveryClassIsUsedAndDefaultOutIsBesideTheFile() throws Exception {
        Fixture.Run r = run("{\"load\": \"../cohort\"}", "{\"network\": {\"hidden\": []}}");
        assertEquals("2 network 12-3 relu", r.lines().get(1));
        assertEquals(List.of("HC", "MCI", "AD"), r.outcome().study().getClasses());
        assertEquals(dir.resolve("out/versions.json"), r.outcome().versions());
    }

    @Test
    void trainRecordsAVersionWithTrainingScores() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET,
                "{\"train\": {\"epochs\": 30, \"seed\": 1, \"learning_rate\": 0.02, \"batch\": 8, \"l2\": 0.001, "
                        + "\"engine\": \"java\"}}");
        assertTrue(r.lines().get(3).startsWith("4 train v1 (parent none, 0 edits), 12-3-2: 30 epochs (java), loss "),
                r.lines().get(3));
        Study s = r.outcome().study();
        ModelVersion v = s.getCurrentVersion();
        assertEquals("v1", v.getId());
        assertEquals(0, v.getMetrics().getFolds());
        assertEquals(30, v.getSettings().getEpochs());
        assertEquals(8, v.getSettings().getBatchSize());
        assertEquals(0.02, v.getSettings().getLearningRate());
        assertEquals(0.001, v.getSettings().getL2());
        assertEquals("java", v.getSettings().getEngine());
        assertEquals(12, s.getNetwork().getInputShift().size(), "standardisation stored with the version");
    }

    @Test
    void earlyStoppingIsReported() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET,
                "{\"train\": {\"epochs\": 3000, \"patience\": 5, \"validation_fraction\": 0.3, \"seed\": 4}}");
        assertTrue(r.lines().get(3).contains("stopped at epoch "), r.lines().get(3));
    }

    @Test
    void cvAfterTrainIsStoredOnThatVersionWithoutChangingItsWeights() throws Exception {
        Fixture.Run plain = run(Fixture.head("../cohort"), NET, TRAIN);
        Fixture.Run r = run(Fixture.head("../cohort"), NET, TRAIN, "{\"cv\": {\"folds\": 5, \"seed\": 3}}");
        assertTrue(r.lines().get(4).matches("5 cv 5 folds: accuracy \\d\\.\\d{3} \u00b1 \\d\\.\\d{3}, balanced "
                + "\\d\\.\\d{3}, AUC \\d\\.\\d{3} by replay \\(stored on v1\\)"), r.lines().get(4));
        Study s = r.outcome().study();
        assertEquals(1, s.getVersions().size());
        assertEquals(5, s.getCurrentVersion().getMetrics().getFolds());
        assertEquals(5, s.getCurrentVersion().getMetrics().getFoldMetrics().size());
        assertEquals(5, s.getCurrentVersion().getSettings().getFolds());
        assertEquals(Fixture.bits(plain.outcome().study().getNetwork()), Fixture.bits(s.getNetwork()));
    }

    @Test
    void cvBeforeTrainIsStoredOnTheNextVersion() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, "{\"cv\": {\"folds\": 4, \"epochs\": 30}}", TRAIN);
        assertTrue(r.lines().get(3).endsWith("(for the next train)"), r.lines().get(3));
        assertTrue(r.lines().get(4).endsWith("; cv of step 4 stored"), r.lines().get(4));
        assertEquals(4, r.outcome().study().getCurrentVersion().getMetrics().getFolds());
    }

    @Test
    void cvFollowedByAnEditIsNotStored() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, "{\"cv\": {\"folds\": 4, \"epochs\": 30}}",
                "{\"set_bias\": {\"layer\": 1, \"node\": 0, \"value\": 0.25}}", TRAIN);
        assertTrue(r.lines().get(5).endsWith("the cv of step 4 is not stored: the network changed after it"),
                r.lines().get(5));
        assertEquals(0, r.outcome().study().getCurrentVersion().getMetrics().getFolds());
    }

    @Test
    void cvWithNoTrainAfterItIsNotedAndStoredNowhere() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, "{\"cv\": {\"folds\": 3, \"epochs\": 10}}");
        assertTrue(r.err().contains("the cv of step 4 was not stored on any version"), r.err());
        assertTrue(r.outcome().study().getVersions().isEmpty());
    }

    @Test
    void replayedCvOfAFirstFullBatchTrainingEqualsThePlainOne() throws Exception {
        // with nothing before the first training, both start every fold from the network step's weights
        Fixture.Run a = run(Fixture.head("../cohort"), NET, TRAIN,
                "{\"cv\": {\"folds\": 5, \"seed\": 3, \"replay\": false}}");
        Fixture.Run b = run(Fixture.head("../cohort"), NET, TRAIN,
                "{\"cv\": {\"folds\": 5, \"seed\": 3, \"replay\": true}}");
        assertEquals(a.lines().get(4).replace(" (stored", " by replay (stored"), b.lines().get(4));
    }

    @Test
    void cvReplaysByDefaultWhenTheRunBuiltTheNetwork() throws Exception {
        String add = "{\"add_nodes\": {\"layer\": 1, \"count\": 2}}";
        Fixture.Run plain = run(Fixture.head("../cohort"), NET, TRAIN, add, TRAIN, "{\"cv\": {\"folds\": 5}}");
        Fixture.Run replay = run(Fixture.head("../cohort"), NET, TRAIN, add, TRAIN,
                "{\"cv\": {\"folds\": 5, \"replay\": true}}");
        assertEquals(replay.lines().get(6), plain.lines().get(6));
    }

    @Test
    void replayedCvAfterAnEditRetrainsEveryFoldFromTheNetworkStep() throws Exception {
        String add = "{\"add_nodes\": {\"layer\": 1, \"count\": 2}}";
        Fixture.Run a = run(Fixture.head("../cohort"), NET, TRAIN, add, TRAIN,
                "{\"cv\": {\"folds\": 5, \"replay\": false}}");
        Fixture.Run b = run(Fixture.head("../cohort"), NET, TRAIN, add, TRAIN,
                "{\"cv\": {\"folds\": 5, \"replay\": true}}");
        assertTrue(b.lines().get(6).contains(" by replay (stored on v2)"), b.lines().get(6));
        assertEquals(5, b.outcome().study().getCurrentVersion().getMetrics().getFolds());
        assertEquals(Fixture.bits(a.outcome().study().getNetwork()), Fixture.bits(b.outcome().study().getNetwork()));
    }

    @Test
    void addNodesDeleteNodeAndLayerEdits() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET,
                "{\"add_nodes\": {\"layer\": 1, \"count\": 4}}",
                "{\"delete_node\": {\"layer\": 1, \"node\": 0}}",
                "{\"insert_layer\": {\"before\": \"output\", \"size\": 5}}",
                "{\"insert_layer\": {\"before\": 1, \"size\": 2, \"activation\": \"sigmoid\"}}",
                "{\"remove_layer\": {\"layer\": 3}}");
        assertEquals("4 add_nodes Add 4 Nodes to Layer 1: network 12-7-2", r.lines().get(3));
        assertEquals("5 delete_node Delete Node 1:0: network 12-6-2", r.lines().get(4));
        assertEquals("6 insert_layer Insert Layer at 2: network 12-6-5-2", r.lines().get(5));
        assertEquals("7 insert_layer Insert Layer at 1: network 12-2-6-5-2", r.lines().get(6));
        assertEquals("8 remove_layer Remove Layer 3: network 12-2-6-2", r.lines().get(7));
        Network n = r.outcome().study().getNetwork();
        assertEquals(ActivationFunction.SIGMOID, n.getLayers().get(1).getActivation());
        assertEquals(ActivationFunction.TANH, n.getLayers().get(2).getActivation());
        assertEquals(LayerKind.OUTPUT, n.getLayers().get(3).getKind());
        assertEquals(List.of("Add 4 Nodes to Layer 1", "Delete Node 1:0", "Insert Layer at 2", "Insert Layer at 1",
                "Remove Layer 3"), r.outcome().study().getPendingEdits());
    }

    @Test
    void insertedLayerTakesTheHiddenActivationByDefault() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, "{\"insert_layer\": {\"before\": \"output\", \"size\": 4}}");
        assertEquals(ActivationFunction.TANH, r.outcome().study().getNetwork().getLayers().get(2).getActivation());
    }

    @Test
    void weightAndBiasEdits() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET,
                "{\"set_weight\": {\"layer\": 1, \"from\": 2, \"to\": 1, \"value\": 0.5}}",
                "{\"set_weight\": {\"layer\": 0, \"from\": 11, \"to\": 0, \"value\": -2}}",
                "{\"set_bias\": {\"layer\": 2, \"node\": 1, \"value\": 0.125}}");
        Fixture.Run scaled = run(Fixture.head("../cohort"), NET,
                "{\"scale_outgoing\": {\"layer\": 1, \"node\": 2, \"factor\": 2}}",
                "{\"scale_incoming\": {\"layer\": 1, \"node\": 0, \"factor\": 0.5}}");
        Fixture.Run base = run(Fixture.head("../cohort"), NET);
        Network n = r.outcome().study().getNetwork();
        assertEquals(0.5, n.getLayers().get(2).getWeights().get(1, 2));
        assertEquals(-2.0, n.getLayers().get(1).getWeights().get(0, 11));
        assertEquals(0.125, n.getLayers().get(2).getNodes().get(1).getBias());
        Network b = base.outcome().study().getNetwork();
        Network s = scaled.outcome().study().getNetwork();
        for (int i = 0; i < 2; i++) {
            assertEquals(2 * b.getLayers().get(2).getWeights().get(i, 2), s.getLayers().get(2).getWeights().get(i, 2));
        }
        for (int j = 0; j < 12; j++) {
            assertEquals(0.5 * b.getLayers().get(1).getWeights().get(0, j), s.getLayers().get(1).getWeights().get(0, j));
        }
        assertTrue(scaled.lines().get(3).startsWith("4 scale_outgoing Scale Outgoing Weights of 1:2"),
                scaled.lines().get(3));
    }

    @Test
    void undoAndRedoPrintWhatTheyTookBack() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, TRAIN, "{\"add_nodes\": {\"layer\": 1, \"count\": 1}}",
                "{\"undo\": 2}", "{\"redo\": 1}");
        assertEquals("6 undo Add 1 Node to Layer 1, Record Version v1: network 12-3-2", r.lines().get(5));
        assertEquals("7 redo Record Version v1: network 12-3-2", r.lines().get(6));
        assertEquals(List.of("v1"), r.outcome().study().getVersions().stream().map(ModelVersion::getId).toList());
    }

    @Test
    void undoOfATrainWithItsCvRemovesTheVersion() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, TRAIN, "{\"cv\": {\"folds\": 3}}", "{\"undo\": 1}");
        assertTrue(r.outcome().study().getVersions().isEmpty());
        assertTrue(r.lines().get(5).startsWith("6 undo Record Version v1"), r.lines().get(5));
    }

    @Test
    void versionsChainParentsAndEdits() throws Exception {
        Fixture.Run r = run(Fixture.head("../cohort"), NET, TRAIN, "{\"add_nodes\": {\"layer\": 1, \"count\": 2}}",
                "{\"set_bias\": {\"layer\": 1, \"node\": 0, \"value\": 0.1}}", TRAIN);
        assertTrue(r.lines().get(6).startsWith("7 train v2 (parent v1, 2 edits), 12-5-2: "), r.lines().get(6));
        ModelVersion v2 = r.outcome().study().getCurrentVersion();
        assertEquals("v1", v2.getParent().getId());
        assertEquals(2, v2.getEdits().size());
        assertEquals("Add 2 Nodes to Layer 1", v2.getEdits().get(0));
        assertTrue(v2.getEdits().get(1).startsWith("Set Bias 1:0"), v2.getEdits().get(1));
        assertEquals(List.of(12, 5, 2), java.util.Arrays.stream(Networks.sizes(v2.getNetwork())).boxed().toList());
    }

    @Test
    void topLevelObjectWithStepsAndDescription() throws Exception {
        Path file = Fixture.experiment(dir, "o.json", "{\"description\": \"demo\", \"steps\": ["
                + Fixture.head("../cohort") + ", " + NET + "]}");
        assertEquals(3, Fixture.run(file).lines().size());
    }
}
