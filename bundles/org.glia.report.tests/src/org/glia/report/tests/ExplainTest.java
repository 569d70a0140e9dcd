package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.Subject;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.report.internal.cli.AnalyzeCommand;
import org.glia.report.internal.cli.ExplainCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code glia explain} on the model analyze saved: JSON shape, conservation, agreement with analyze, errors. */
class ExplainTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void analyze() throws Exception {
        FakeCohort.write(tmp.resolve("cohort"));
        Cli.Run r = Cli.run(new AnalyzeCommand(), tmp, "cohort", "--out", "out", "--folds", "3", "--epochs", "40",
                "--hidden", "5,3");
        assertEquals(GliaCommand.OK, r.exit(), r.err());
    }

    private static JsonObject explainJson(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "out/model.glia";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        Cli.Run r = Cli.run(new ExplainCommand(), tmp, all);
        assertEquals(GliaCommand.OK, r.exit(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void jsonHasOneRegionEntryPerRegionAndOneLayerSumPerLevel() throws Exception {
        for (int level = 1; level <= 3; level++) {
            JsonObject o = explainJson("--subject", "s03", "--node", level + ":0");
            JsonArray regions = o.getAsJsonArray("regions");
            assertEquals(FakeCohort.REGIONS.size(), regions.size());
            double sum = 0;
            for (int j = 0; j < regions.size(); j++) {
                JsonObject r = regions.get(j).getAsJsonObject();
                assertEquals(FakeCohort.REGIONS.get(j), r.get("name").getAsString());
                double v = r.get("importance").getAsDouble();
                assertTrue(v >= 0, "the paper's importances are never negative");
                sum += v;
            }
            assertEquals(1.0, sum, 1e-9);
            JsonArray sums = o.getAsJsonArray("layer_sums");
            assertEquals(level + 1, sums.size(), "input level up to the node's level");
            for (JsonElement s : sums) {
                assertEquals(1.0, s.getAsDouble(), 1e-9, "conservation per layer");
            }
        }
    }

    @Test
    void outputNodesAreLabelledWithTheirClass() throws Exception {
        JsonObject o = explainJson("--subject", "s20", "--node", "3:1");
        assertEquals("PAT", o.getAsJsonObject("node").get("label").getAsString());
        assertEquals("PAT", o.get("diagnosis").getAsString());
        JsonObject p = o.getAsJsonObject("probabilities");
        assertEquals(1.0, p.get("CTL").getAsDouble() + p.get("PAT").getAsDouble(), 1e-12);
    }

    @Test
    void explainUsesTheStoredStandardisationLikeAnalyze() throws Exception {
        // the mean of the patients' maps from the PAT node is analyze's class map of PAT
        Cohort cohort = CohortLoader.load(tmp.resolve("cohort"), null);
        double[] mean = new double[FakeCohort.REGIONS.size()];
        int n = 0;
        for (Subject s : cohort.subjects()) {
            if (s.diagnosis().equals("PAT")) {
                JsonArray regions = explainJson("--subject", s.id(), "--node", "3:1").getAsJsonArray("regions");
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += regions.get(j).getAsJsonObject().get("importance").getAsDouble();
                }
                n++;
            }
        }
        Map<String, Double> signed = new HashMap<>();
        for (String[] r : Csv.rows(tmp.resolve("out/importance_signed.csv"))) {
            if (r[1].equals("PAT")) {
                signed.put(r[0], Double.parseDouble(r[2]));
            }
        }
        for (int j = 0; j < mean.length; j++) {
            assertEquals(signed.get(FakeCohort.REGIONS.get(j)), mean[j] / n, 1e-9, FakeCohort.REGIONS.get(j));
        }
    }

    @Test
    void otherMethodsGiveTheInputSumOnly() throws Exception {
        JsonObject o = explainJson("--subject", "s01", "--node", "3:0", "--method", "gradxinput");
        JsonArray sums = o.getAsJsonArray("layer_sums");
        assertEquals(4, sums.size());
        double total = 0;
        for (JsonElement r : o.getAsJsonArray("regions")) {
            total += r.getAsJsonObject().get("importance").getAsDouble();
        }
        assertEquals(total, sums.get(0).getAsDouble(), 1e-12);
        assertTrue(sums.get(1).isJsonNull() && sums.get(3).isJsonNull(), "not defined for gradient x input");
    }

    @Test
    void textOutputRanksTheRegions() throws Exception {
        Cli.Run r = Cli.run(new ExplainCommand(), tmp, "out/model.glia", "--subject", "s01", "--node", "2:2");
        assertEquals(GliaCommand.OK, r.exit());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("subject s01 (CTL), node 2:2"), lines.get(0));
        assertTrue(lines.get(2).startsWith("layer sums (input to node): 1.000000 1.000000 1.000000"), lines.get(2));
        assertEquals("rank  importance  region", lines.get(3));
        assertEquals(4 + FakeCohort.REGIONS.size(), lines.size());
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        UsageException subject = assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "out/model.glia", "--subject", "nobody", "--node", "3:0"));
        assertTrue(subject.getMessage().contains("unknown subject 'nobody'"), subject.getMessage());
        UsageException layer = assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "out/model.glia", "--subject", "s01", "--node", "4:0"));
        assertTrue(layer.getMessage().contains("layers 1 to 3"), layer.getMessage());
        UsageException node = assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "out/model.glia", "--subject", "s01", "--node", "1:5"));
        assertTrue(node.getMessage().contains("nodes 0 to 4"), node.getMessage());
        UsageException syntax = assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "out/model.glia", "--subject", "s01", "--node", "output"));
        assertTrue(syntax.getMessage().contains("LAYER:INDEX"), syntax.getMessage());
        UsageException method = assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "out/model.glia", "--subject", "s01", "--node", "3:0", "--method", "magic"));
        assertTrue(method.getMessage().contains("unknown attribution method 'magic'"), method.getMessage());
        assertThrows(UsageException.class, () -> Cli.run(new ExplainCommand(), tmp, "out/model.glia", "--node", "3:0"));
    }

    @Test
    void aMissingOrDamagedModelIsRefused() throws Exception {
        DataException missing = assertThrows(DataException.class, () -> Cli.run(new ExplainCommand(), tmp,
                "nothing.glia", "--subject", "s01", "--node", "3:0"));
        assertTrue(missing.getMessage().contains("nothing.glia"), missing.getMessage());
        Files.writeString(tmp.resolve("broken.glia"), "not a zip");
        assertThrows(DataException.class, () -> Cli.run(new ExplainCommand(), tmp, "broken.glia", "--subject", "s01",
                "--node", "3:0"));
    }
}
