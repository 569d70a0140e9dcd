package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo steps go through the model's command stack and restore the weights bit for bit. */
class UndoRedoTest {

    private static final String NET = "{\"network\": {\"hidden\": [4], \"activation\": \"relu\", \"seed\": 9}}";
    private static final String TRAIN = "{\"train\": {\"epochs\": 25, \"seed\": 2}}";
    private static final String[] CHANGES = {
        "{\"add_nodes\": {\"layer\": 1, \"count\": 3}}",
        "{\"delete_node\": {\"layer\": 1, \"node\": 2}}",
        "{\"insert_layer\": {\"before\": \"output\", \"size\": 4}}",
        "{\"set_weight\": {\"layer\": 1, \"from\": 3, \"to\": 0, \"value\": 0.5}}",
        "{\"scale_outgoing\": {\"layer\": 1, \"node\": 0, \"factor\": 1.5}}",
        "{\"set_bias\": {\"layer\": 2, \"node\": 1, \"value\": -0.25}}",
        TRAIN,
        "{\"cv\": {\"folds\": 3, \"seed\": 4}}",
        "{\"remove_layer\": {\"layer\": 2}}",
    };

    @TempDir
    Path tmp;

    @BeforeEach
    void cohort() throws Exception {
        Fixture.cohort(tmp.resolve("cohort"));
    }

    private Study run(String name, List<String> steps) throws Exception {
        List<String> all = new ArrayList<>(List.of(Fixture.head("../cohort"), NET));
        all.addAll(steps);
        return Fixture.run(Fixture.experiment(tmp.resolve(name), "x.json", Fixture.steps(all.toArray(String[]::new))))
                .outcome().study();
    }

    private static List<String> with(List<String> a, String... more) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void undoOfEveryChangeRestoresTheTrainedWeightsBitForBit() throws Exception {
        List<String> changes = with(List.of(TRAIN), CHANGES);
        Study trained = run("a", List.of(TRAIN));
        // the train + cv is one change (the cv re-records the version), so the changes after the first train are 8
        Study undone = run("b", with(changes, "{\"undo\": 8}"));
        assertEquals(Fixture.bits(trained.getNetwork()), Fixture.bits(undone.getNetwork()));
        assertEquals(List.of("v1"), undone.getVersions().stream().map(ModelVersion::getId).toList());
        assertTrue(undone.getPendingEdits().isEmpty());
        Study untrained = run("c", List.of());
        Study all = run("d", with(changes, "{\"undo\": 9}"));
        assertEquals(Fixture.bits(untrained.getNetwork()), Fixture.bits(all.getNetwork()));
        assertTrue(all.getVersions().isEmpty());
        assertTrue(all.getNetwork().getInputShift().isEmpty());
    }

    @Test
    void redoReplaysExactly() throws Exception {
        List<String> changes = with(List.of(TRAIN), CHANGES);
        Study done = run("a", changes);
        Study redone = run("b", with(changes, "{\"undo\": 9}", "{\"redo\": 9}"));
        assertEquals(Fixture.bits(done.getNetwork()), Fixture.bits(redone.getNetwork()));
        assertEquals(done.getPendingEdits(), redone.getPendingEdits());
        assertEquals(2, redone.getVersions().size());
        assertEquals(3, redone.getVersions().get(1).getMetrics().getFolds());
        assertEquals(done.getVersions().get(1).getMetrics().getAccuracy(),
                redone.getVersions().get(1).getMetrics().getAccuracy());
        Study partly = run("c", with(changes, "{\"undo\": 5}", "{\"redo\": 2}", "{\"undo\": 1}", "{\"redo\": 4}"));
        assertEquals(Fixture.bits(done.getNetwork()), Fixture.bits(partly.getNetwork()));
    }

    @Test
    void randomEditSequencesUndoToTheStartAndRedoToTheEnd() throws Exception {
        SplittableRandom r = new SplittableRandom(17);
        List<String> edits = new ArrayList<>();
        int hidden = 4;
        for (int i = 0; i < 30; i++) {
            switch (r.nextInt(5)) {
                case 0 -> {
                    int n = 1 + r.nextInt(3);
                    edits.add("{\"add_nodes\": {\"layer\": 1, \"count\": " + n + "}}");
                    hidden += n;
                }
                case 1 -> {
                    if (hidden > 1) {
                        edits.add("{\"delete_node\": {\"layer\": 1, \"node\": " + r.nextInt(hidden) + "}}");
                        hidden--;
                    } else {
                        edits.add("{\"set_bias\": {\"layer\": 1, \"node\": 0, \"value\": 1}}");
                    }
                }
                case 2 -> edits.add(String.format(Locale.ROOT,
                        "{\"set_weight\": {\"layer\": 0, \"from\": %d, \"to\": %d, \"value\": %s}}", r.nextInt(12),
                        r.nextInt(hidden), Double.toString(r.nextDouble() - 0.5)));
                case 3 -> edits.add(String.format(Locale.ROOT,
                        "{\"scale_outgoing\": {\"layer\": 1, \"node\": %d, \"factor\": %s}}", r.nextInt(hidden),
                        Double.toString(0.5 + r.nextDouble())));
                default -> edits.add(String.format(Locale.ROOT,
                        "{\"set_bias\": {\"layer\": 2, \"node\": %d, \"value\": %s}}", r.nextInt(2),
                        Double.toString(r.nextGaussian())));
            }
        }
        Study start = run("a", List.of());
        Study end = run("b", edits);
        Study undone = run("c", with(edits, "{\"undo\": 30}"));
        Study redone = run("d", with(edits, "{\"undo\": 30}", "{\"redo\": 30}"));
        assertEquals(Fixture.bits(start.getNetwork()), Fixture.bits(undone.getNetwork()));
        assertEquals(Fixture.bits(end.getNetwork()), Fixture.bits(redone.getNetwork()));
        assertEquals(30, redone.getPendingEdits().size());
    }
}
