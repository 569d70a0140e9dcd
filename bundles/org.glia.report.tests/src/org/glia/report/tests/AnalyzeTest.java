package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glia.core.cli.GliaCommand;
import org.glia.explain.AttributionMethods;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.report.ReportFiles;
import org.glia.report.internal.cli.AnalyzeCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code glia analyze} on a small generated cohort: the files, their headers and keys, sums and determinism. */
class AnalyzeTest {

    private static final String[] QUICK = {"--folds", "4", "--epochs", "60"};
    private static final Set<String> BUILT_IN = Set.of("paper", "gradxinput", "lrp-eps", "lrp-zplus", "occlusion",
            "ig");

    @TempDir
    static Path tmp;

    private static Path cohort;
    private static Cli.Run first;

    @BeforeAll
    static void analyzeTwice() throws Exception {
        cohort = FakeCohort.write(tmp.resolve("cohort"));
        first = analyze("a");
        analyze("b");
    }

    static Cli.Run analyze(String out, String... extra) throws Exception {
        String[] args = Stream.of(new String[] {"cohort", "--out", out}, QUICK, extra).flatMap(Stream::of)
                .toArray(String[]::new);
        Cli.Run r = Cli.run(new AnalyzeCommand(), tmp, args);
        assertEquals(GliaCommand.OK, r.exit(), r.err());
        return r;
    }

    @Test
    void writesEveryFile() {
        for (String f : List.of(ReportFiles.METRICS, ReportFiles.IMPORTANCE, ReportFiles.IMPORTANCE_SIGNED,
                ReportFiles.FAITHFULNESS, ReportFiles.REPORT, ReportFiles.HEATMAP, ReportFiles.MODEL)) {
            assertTrue(Files.isRegularFile(tmp.resolve("a").resolve(f)), f);
        }
        assertTrue(first.out().contains("accuracy "), first.out());
        assertTrue(first.err().contains("analyze: fold 4/4 done"), first.err());
    }

    @Test
    void metricsHaveTheContractedKeys() throws Exception {
        JsonObject m = JsonParser.parseString(Files.readString(tmp.resolve("a/metrics.json"))).getAsJsonObject();
        for (String k : List.of("accuracy", "balanced_accuracy", "auc", "folds", "classes", "regions", "subjects",
                "seed", "accuracy_sd", "confusion")) {
            assertTrue(m.has(k), k);
        }
        double acc = m.get("accuracy").getAsDouble();
        assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
        assertEquals(FakeCohort.REGIONS.size(), m.get("regions").getAsInt());
        assertEquals(FakeCohort.CONTROLS + FakeCohort.PATIENTS, m.get("subjects").getAsInt());
        assertEquals(1, m.get("seed").getAsLong());
        assertEquals(List.of("CTL", "PAT"), m.getAsJsonArray("classes").asList().stream().map(JsonElement::getAsString)
                .toList());
        JsonArray folds = m.getAsJsonArray("folds");
        assertEquals(4, folds.size());
        double sum = 0;
        int tested = 0;
        for (JsonElement f : folds) {
            JsonObject o = f.getAsJsonObject();
            for (String k : List.of("fold", "test_size", "accuracy", "balanced_accuracy", "auc", "epochs")) {
                assertTrue(o.has(k), k);
            }
            sum += o.get("accuracy").getAsDouble();
            tested += o.get("test_size").getAsInt();
        }
        assertEquals(sum / 4, acc, 1e-12, "accuracy is the mean over folds");
        assertEquals(FakeCohort.CONTROLS + FakeCohort.PATIENTS, tested, "every subject is tested once");
        assertFalse(m.has("p_value"), "no permutation test was asked for");
    }

    @Test
    void importanceOfEveryClassSumsToOneAndIsRanked() throws Exception {
        assertEquals(ReportFiles.IMPORTANCE_HEADER, Csv.header(tmp.resolve("a/importance.csv")));
        assertEquals("region,class,importance,rank", ReportFiles.IMPORTANCE_HEADER);
        checkImportance(tmp.resolve("a/importance.csv"));
    }

    /** Every class lists every region once, importances sum to 1 and ranks 1..N follow the importance. */
    static Map<String, Map<String, Double>> checkImportance(Path file) throws Exception {
        Map<String, Map<String, Double>> byClass = new TreeMap<>();
        Map<String, Map<Integer, Double>> byRank = new HashMap<>();
        for (String[] r : Csv.rows(file)) {
            assertEquals(4, r.length);
            byClass.computeIfAbsent(r[1], c -> new HashMap<>()).put(r[0], Double.parseDouble(r[2]));
            assertTrue(byRank.computeIfAbsent(r[1], c -> new HashMap<>()).put(Integer.parseInt(r[3]),
                    Double.parseDouble(r[2])) == null, "ranks are unique within a class");
        }
        assertEquals(Set.of("CTL", "PAT"), byClass.keySet());
        for (String c : byClass.keySet()) {
            assertEquals(new HashSet<>(FakeCohort.REGIONS), byClass.get(c).keySet());
            double sum = byClass.get(c).values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-8, "importances of " + c + " sum to 1");
            Map<Integer, Double> ranks = byRank.get(c);
            for (int k = 1; k < FakeCohort.REGIONS.size(); k++) {
                assertTrue(ranks.get(k) >= ranks.get(k + 1), "rank " + k + " is at least as important as rank " + (k + 1));
                assertTrue(ranks.get(k) >= 0);
            }
        }
        return byClass;
    }

    @Test
    void faithfulnessListsEveryMethodAndClass() throws Exception {
        assertEquals("method,class,aopc_morf,aopc_lerf,aopc_random", Csv.header(tmp.resolve("a/faithfulness.csv")));
        List<String[]> rows = Csv.rows(tmp.resolve("a/faithfulness.csv"));
        // under OSGi a contributed method may join the six built-in ones
        assertEquals(AttributionMethods.available().size() * 2, rows.size());
        Set<String> methods = new HashSet<>();
        for (String[] r : rows) {
            methods.add(r[0]);
            for (int k = 2; k < 5; k++) {
                assertTrue(Double.isFinite(Double.parseDouble(r[k])), String.join(",", r));
            }
        }
        assertTrue(methods.containsAll(BUILT_IN), methods.toString());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            if (!f.equals(ReportFiles.MODEL)) {
                assertArrayEquals(a.get(f), b.get(f), f);
            }
        }
        // the .glia zip stamps its entries with the clock (org.glia.model), so the model is compared by content
        Study sa = GliaDocument.load(tmp.resolve("a/model.glia"));
        Study sb = GliaDocument.load(tmp.resolve("b/model.glia"));
        assertEquals(MlpConversion.toMlp(sa.getNetwork()), MlpConversion.toMlp(sb.getNetwork()));
        assertEquals(sa.getNetwork().getInputShift(), sb.getNetwork().getInputShift());
        assertEquals(sa.getNetwork().getInputScale(), sb.getNetwork().getInputScale());
    }

    @Test
    void theModelRecordsItsCohortClassesAndStandardisation() throws Exception {
        Study s = GliaDocument.load(tmp.resolve("a/model.glia"));
        assertEquals(cohort.toAbsolutePath().normalize().toString(), s.getCohortPath());
        assertEquals(List.of("CTL", "PAT"), s.getClasses());
        assertEquals("degree", s.getFeatureSet());
        assertEquals(FakeCohort.REGIONS.size(), s.getNetwork().getInputShift().size());
        ModelVersion v = s.getCurrentVersion();
        assertEquals(4, v.getMetrics().getFolds());
        assertEquals(0, v.getTimestamp().getTime(), "no clock time in the outputs");
    }

    @Test
    void theReportShowsEverySection() throws Exception {
        String html = Files.readString(tmp.resolve("a/report.html"));
        for (String s : List.of("<style>", "Cross-validated metrics", "Folds", "Class heatmap", "<svg",
                "Top regions per class", "Faithfulness", "Legend", "negative activations: |A|",
                "Brain renderings", "Alpha_L")) {
            assertTrue(html.contains(s), s);
        }
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*\\b20\\d\\d-\\d\\d-\\d\\d\\b.*"), "no dates");
        assertTrue(Files.readString(tmp.resolve("a/heatmap.svg")).startsWith("<svg"));
    }

    @Test
    void signedMethodsAreNormalisedByMagnitude() throws Exception {
        analyze("signed", "--method", "gradxinput");
        Map<String, Map<String, Double>> norm = checkImportance(tmp.resolve("signed/importance.csv"));
        Map<String, Double> signedSum = new HashMap<>();
        boolean negative = false;
        for (String[] r : Csv.rows(tmp.resolve("signed/importance_signed.csv"))) {
            double v = Double.parseDouble(r[2]);
            negative |= v < 0;
            signedSum.merge(r[1], Math.abs(v), Double::sum);
        }
        assertTrue(negative, "gradient x input keeps its signs in importance_signed.csv");
        for (String[] r : Csv.rows(tmp.resolve("signed/importance_signed.csv"))) {
            assertEquals(Math.abs(Double.parseDouble(r[2])) / signedSum.get(r[1]), norm.get(r[1]).get(r[0]), 1e-8);
        }
    }

    @Test
    void aPermutationTestAddsItsPValue() throws Exception {
        analyze("perm", "--permutations", "9");
        JsonObject m = JsonParser.parseString(Files.readString(tmp.resolve("perm/metrics.json"))).getAsJsonObject();
        double p = m.get("p_value").getAsDouble();
        JsonObject t = m.getAsJsonObject("permutation_test");
        assertEquals(9, t.get("permutations").getAsInt());
        assertEquals(p, t.get("p_value").getAsDouble());
        double k = p * 10 - 1;
        assertEquals(Math.rint(k), k, 1e-9, "p = (1 + reached) / (1 + permutations)");
        assertTrue(p > 0 && p <= 1);
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
