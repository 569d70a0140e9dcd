package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glia.core.io.DataException;
import org.glia.model.Metrics;
import org.glia.model.Study;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** OUT/versions.json: its content and that equal experiments and seeds write identical bytes. */
class VersionsJsonTest {

    private static final String STEPS = Fixture.steps(Fixture.head("../cohort"),
            "{\"network\": {\"hidden\": [3], \"activation\": \"relu\", \"seed\": 4}}",
            "{\"train\": {\"epochs\": 30, \"seed\": 1}}",
            "{\"cv\": {\"folds\": 5, \"seed\": 2}}",
            "{\"add_nodes\": {\"layer\": 1, \"count\": 2}}",
            "{\"train\": {\"epochs\": 30, \"seed\": 1, \"batch\": 7}}",
            "{\"insert_layer\": {\"before\": 2, \"size\": 3}}",
            "{\"train\": {\"epochs\": 30, \"seed\": 1}}",
            "{\"cv\": {\"folds\": 4, \"seed\": 2, \"replay\": true}}",
            "{\"out\": \"results\"}");

    @TempDir
    Path tmp;

    @BeforeEach
    void cohort() throws Exception {
        Fixture.cohort(tmp.resolve("cohort"));
    }

    @Test
    void oneEntryPerVersionWithItsFigures() throws Exception {
        Fixture.Run r = Fixture.run(Fixture.experiment(tmp.resolve("a"), "x.json", STEPS));
        Path file = tmp.resolve("a/results/versions.json");
        assertEquals(file, r.outcome().versions());
        JsonArray a = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
        assertEquals(3, a.size());
        Study s = r.outcome().study();
        String[] parents = {null, "v1", "v2"};
        String[] layers = {"[12,3,2]", "[12,5,2]", "[12,5,3,2]"};
        int[] folds = {5, 0, 4};
        for (int i = 0; i < 3; i++) {
            JsonObject o = a.get(i).getAsJsonObject();
            assertEquals("v" + (i + 1), o.get("version").getAsString());
            assertEquals(parents[i] == null, o.get("parent").isJsonNull());
            if (parents[i] != null) {
                assertEquals(parents[i], o.get("parent").getAsString());
            }
            assertEquals(layers[i], o.get("layers").toString());
            assertEquals(folds[i], o.get("folds").getAsInt());
            Metrics m = s.getVersions().get(i).getMetrics();
            assertEquals(m.getAccuracy(), o.get("accuracy").getAsDouble());
            assertEquals(m.getBalancedAccuracy(), o.get("balanced_accuracy").getAsDouble());
            assertEquals(m.getAuc(), o.get("auc").getAsDouble());
        }
        assertTrue(a.get(1).getAsJsonObject().get("accuracy").getAsDouble() > 0.5,
                "training-set accuracy of a trained network");
    }

    @Test
    void equalExperimentsWriteIdenticalBytes() throws Exception {
        Fixture.run(Fixture.experiment(tmp.resolve("a"), "x.json", STEPS));
        Fixture.run(Fixture.experiment(tmp.resolve("b"), "x.json", STEPS));
        byte[] first = Files.readAllBytes(tmp.resolve("a/results/versions.json"));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("b/results/versions.json")));
        Fixture.run(tmp.resolve("a/x.json"));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("a/results/versions.json")), "a second run");
        Fixture.run(Fixture.experiment(tmp.resolve("c"), "x.json", STEPS.replace("\"seed\": 2", "\"seed\": 3")));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(tmp.resolve("c/results/versions.json"))),
                "another fold seed, other figures");
    }

    @Test
    void withoutANetworkTheTableIsEmpty() throws Exception {
        Fixture.Run r = Fixture.run(Fixture.experiment(tmp.resolve("a"), "x.json",
                Fixture.steps(Fixture.head("../cohort"))));
        assertEquals("[]\n", Files.readString(r.outcome().versions()));
    }

    @Test
    void aFailedStepWritesNothing() throws Exception {
        Path file = Fixture.experiment(tmp.resolve("a"), "x.json", Fixture.steps(Fixture.head("../cohort"),
                "{\"network\": {\"hidden\": [2]}}", "{\"train\": {\"epochs\": 5}}", "{\"undo\": 5}"));
        assertThrows(DataException.class, () -> Fixture.run(file));
        assertFalse(Files.exists(tmp.resolve("a/out")));
    }
}
