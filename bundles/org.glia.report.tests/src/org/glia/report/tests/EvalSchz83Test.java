package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.glia.atlas.LabelTable;
import org.glia.atlas.LabelTables;
import org.glia.atlas.Region;
import org.glia.core.cli.GliaCommand;
import org.glia.report.internal.cli.AnalyzeCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Cell;

/**
 * {@code glia analyze} end to end on the real eval-schz83 cohort (27 HC vs 27 schizophrenia, structural
 * connectomes on 83 Lausanne regions) with a permutation test of 200 permutations. Skipped when
 * ../shared/data is absent. The cohort folder is built as in the cohort bundle's EvalSchz83Test.
 */
class EvalSchz83Test {

    private static final int PERMUTATIONS = 200;

    @TempDir
    Path tmp;

    @Test
    void analyzeReportsAccuracyAndAPermutationPValue() throws Exception {
        Path shared = SharedData.find();
        Path data = shared == null ? null : shared.resolve("eval-schz83");
        Assumptions.assumeTrue(data != null && Files.isRegularFile(data.resolve("features_BoE_SC_83.mat")),
                "../shared/data/eval-schz83 is absent");
        cohort(data, tmp.resolve("schz83"));
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run(new AnalyzeCommand(), tmp, "schz83", "--out", "report", "--permutations",
                Integer.toString(PERMUTATIONS));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(GliaCommand.OK, r.exit(), r.err());
        JsonObject m = JsonParser.parseString(Files.readString(tmp.resolve("report/metrics.json"))).getAsJsonObject();
        double acc = m.get("accuracy").getAsDouble();
        double p = m.get("p_value").getAsDouble();
        JsonObject t = m.getAsJsonObject("permutation_test");
        System.out.println(String.format(Locale.ROOT, "eval-schz83 HC vs SCZ: CV accuracy %.4f (balanced %.4f, AUC "
                + "%.4f), permutation p = %.4f with %d permutations (null accuracy %.4f \u00b1 %.4f), %.0f s", acc,
                m.get("balanced_accuracy").getAsDouble(), m.get("auc").getAsDouble(), p, PERMUTATIONS,
                t.get("null_accuracy_mean").getAsDouble(), t.get("null_accuracy_sd").getAsDouble(), seconds));
        assertEquals(54, m.get("subjects").getAsInt());
        assertEquals(83, m.get("regions").getAsInt());
        assertEquals(PERMUTATIONS, t.get("permutations").getAsInt());
        assertTrue(p >= 1.0 / (PERMUTATIONS + 1) && p <= 1, "p " + p);
        assertTrue(acc > 0 && acc <= 1);
        assertTrue(Files.readString(tmp.resolve("report/report.html")).contains("permutation test p = "));
    }

    /** participants.tsv from selected_subjects_27.csv, labels.tsv from llist, cohort.json pointing at the .mat. */
    static void cohort(Path data, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Integer> columns = Files.readAllLines(data.resolve("selected_subjects_27.csv")).stream()
                .filter(l -> !l.isBlank()).map(l -> Integer.valueOf(l.strip())).toList();
        StringBuilder p = new StringBuilder("participant_id\tdiagnosis\tcolumn\n");
        for (int k = 0; k < columns.size(); k++) {
            p.append(String.format(Locale.ROOT, "col-%02d\t%s\t%d%n", columns.get(k), k < 27 ? "HC" : "SCZ",
                    columns.get(k)));
        }
        Files.writeString(dir.resolve("participants.tsv"), p);
        try (var mat = Mat5.readFromFile(data.resolve("labels_index_with_subcortical_Laus2008_three_scales.mat")
                .toFile())) {
            Cell scale1 = mat.getCell("llist").getCell(0);
            List<Region> regions = new ArrayList<>();
            for (int i = 0; i < scale1.getNumElements(); i++) {
                regions.add(Region.of(i + 1, scale1.getChar(i).getString().strip(), Region.NO_COLOUR));
            }
            LabelTables.writeTsv(LabelTable.of(regions), dir.resolve("labels.tsv"));
        }
        JsonObject m = new JsonObject();
        m.addProperty("file", data.resolve("features_BoE_SC_83.mat").toString());
        m.addProperty("variable", "features");
        m.addProperty("layout", "upper-tri-diag");
        m.addProperty("index_column", "column");
        JsonObject o = new JsonObject();
        o.addProperty("measure", "structural connectivity (eval-schz83, BoE features)");
        o.add("matrices", m);
        Files.writeString(dir.resolve("cohort.json"), o.toString());
    }
}
