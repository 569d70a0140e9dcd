package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.glia.core.cli.GliaCommand;
import org.glia.report.internal.cli.AnalyzeCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code glia analyze} on the AAL demo cohort, HC vs AD, with the defaults (90-4-2, 10 folds, 200 epochs, all six
 * methods' faithfulness): the explanation recovers the planted regions and the task is neither trivial nor
 * hopeless. Skipped when AAL (Debian's mricron-data) is not installed.
 */
class DemoCohortTest {

    /** How many top regions of the AD map are inspected. */
    private static final int TOP = 14;

    @TempDir
    static Path tmp;

    private static JsonObject metrics;
    private static List<String> planted;
    private static double seconds;

    @BeforeAll
    static void analyzeTheDemo() throws Exception {
        Assumptions.assumeTrue(AalDemo.available(), "AAL (Debian mricron-data) is not installed");
        AalDemo.write(tmp.resolve("demo"), 1);
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run(new AnalyzeCommand(), tmp, "demo", "--out", "report", "--classes", "HC,AD");
        seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(GliaCommand.OK, r.exit(), r.err());
        metrics = JsonParser.parseString(Files.readString(tmp.resolve("report/metrics.json"))).getAsJsonObject();
        JsonArray p = JsonParser.parseString(Files.readString(tmp.resolve("demo/cohort.json"))).getAsJsonObject()
                .getAsJsonArray("planted_regions");
        planted = new ArrayList<>();
        p.forEach(e -> planted.add(e.getAsString()));
        System.out.println(String.format(Locale.ROOT, "demo HC vs AD: analyze took %.1f s, CV accuracy %.4f, "
                + "balanced %.4f, AUC %.4f", seconds, metrics.get("accuracy").getAsDouble(),
                metrics.get("balanced_accuracy").getAsDouble(), metrics.get("auc").getAsDouble()));
    }

    @Test
    void theAdMapRanksThePlantedRegionsFirst() throws Exception {
        Map<Integer, String> adByRank = new TreeMap<>();
        for (String[] r : Csv.rows(tmp.resolve("report/importance.csv"))) {
            if (r[1].equals("AD")) {
                adByRank.put(Integer.parseInt(r[3]), r[0]);
            }
        }
        List<String> top = new ArrayList<>(adByRank.values()).subList(0, TOP);
        long found = top.stream().filter(planted::contains).count();
        System.out.println("demo HC vs AD: " + found + " of the " + planted.size() + " planted regions are in the AD "
                + "map's top " + TOP + ": " + top);
        assertEquals(16, planted.size());
        assertTrue(found >= Math.ceil(0.8 * planted.size()), found + " of " + planted.size()
                + " planted regions in the top " + TOP + " of the AD map; at least 80 % are required");
    }

    @Test
    void crossValidatedAccuracyIsModerate() {
        double acc = metrics.get("accuracy").getAsDouble();
        assertTrue(acc >= 0.60 && acc <= 0.85, "CV accuracy HC vs AD " + acc);
        assertEquals(62, metrics.get("subjects").getAsInt());
        assertEquals(90, metrics.get("regions").getAsInt());
    }

    @Test
    void theReportShowsTheBrainsWhenTheyCanBeRendered() throws Exception {
        String html = Files.readString(tmp.resolve("report/report.html"));
        boolean drawn = Files.isRegularFile(tmp.resolve("report/brain-AD-left.png"));
        System.out.println("demo HC vs AD: brain renderings " + (drawn ? "written" : "not available"));
        if (drawn) {
            for (String c : List.of("HC", "AD")) {
                for (String v : List.of("left", "right", "top")) {
                    String f = "brain-" + c + "-" + v + ".png";
                    assertTrue(Files.size(tmp.resolve("report").resolve(f)) > 1000, f);
                    assertTrue(html.contains("src=\"" + f + "\""), f);
                }
            }
        } else {
            assertTrue(html.contains("No brain renderings"), "the report says why there are no brains");
        }
    }

    @Test
    void theWholeAnalysisTakesWellUnderAMinute() {
        assertTrue(seconds < 60, "analyze took " + seconds + " s");
    }
}
