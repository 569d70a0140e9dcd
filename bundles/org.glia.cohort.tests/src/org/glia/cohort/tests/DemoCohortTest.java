package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSets;
import org.glia.cohort.Subject;
import org.glia.cohort.demo.DemoCohort;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;
import org.glia.cohort.demo.DemoSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo generator on synthetic regions (no AAL needed): determinism, structure, planted effect. */
class DemoCohortTest {

    @TempDir
    Path tmp;

    /** 90 regions: the 16 planted AAL names plus 74 fillers, paired left/right, centroids in a brain-sized box. */
    static List<DemoRegion> regions() {
        SplittableRandom r = new SplittableRandom(99);
        List<String> names = new ArrayList<>(DemoSettings.AAL_PLANTED);
        for (int i = 1; names.size() < 90; i++) {
            names.add("Filler" + i + "_L");
            names.add("Filler" + i + "_R");
        }
        List<DemoRegion> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k += 2) {
            double x = 10 + r.nextDouble() * 55;
            double y = -100 + r.nextDouble() * 160;
            double z = -40 + r.nextDouble() * 110;
            out.add(new DemoRegion(k + 1, names.get(k), "L", -x, y, z));
            out.add(new DemoRegion(k + 2, names.get(k + 1), "R", x + r.nextDouble() * 4, y, z));
        }
        return out;
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void equalSeedsWriteByteIdenticalFiles() throws Exception {
        DemoCohortGenerator g = new DemoCohortGenerator(regions(), DemoSettings.defaults());
        g.write(7, tmp.resolve("a"), null, null);
        g.write(7, tmp.resolve("b"), null, null);
        g.write(8, tmp.resolve("c"), null, null);
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(104 + 3, a.size());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        assertFalse(java.util.Arrays.equals(a.get("connectomes/sub-001.csv"),
                files(tmp.resolve("c")).get("connectomes/sub-001.csv")), "another seed, another cohort");
    }

    @Test
    void writesAValidCohortThatLoadsBackExactly() throws Exception {
        DemoCohort demo = new DemoCohortGenerator(regions(), DemoSettings.defaults()).write(1, tmp, null, null);
        Cohort c = CohortLoader.load(tmp, null);
        assertEquals(Map.of("HC", 43, "MCI", 42, "AD", 19), c.classCounts());
        assertEquals("sub-001", c.subjects().get(0).id());
        assertEquals("sub-104", c.subjects().get(103).id());
        assertEquals(90, c.regionCount());
        assertEquals(DemoSettings.AAL_PLANTED, c.plantedRegions());
        assertTrue(c.subjects().get(0).extra().containsKey("age"));
        for (int k = 0; k < 104; k++) {
            DemoSubject d = demo.subjects().get(k);
            Subject s = c.subjects().get(k);
            assertEquals(d.matrix(), s.matrix(), "the written digits are the generated values: " + s.id());
            assertEquals(d.diagnosis(), s.diagnosis());
        }
        String participants = Files.readString(tmp.resolve("participants.tsv"));
        assertTrue(participants.startsWith("participant_id\tdiagnosis\tage\tsex\nsub-001\tHC\t"), participants);
    }

    @Test
    void baseNetworkHasAboutThirtyPercentDensityAndHomotopicLinks() {
        List<DemoRegion> regions = regions();
        DemoCohort demo = new DemoCohortGenerator(regions, DemoSettings.defaults()).generate(3, null);
        assertEquals(0.30, demo.density(), 0.03);
        DemoSubject s = demo.subjects().get(0);
        int connected = 0;
        int n = regions.size();
        for (int i = 0; i < n; i++) {
            assertEquals(0, s.matrix().get(i, i), "zero diagonal");
            for (int j = i + 1; j < n; j++) {
                connected += s.matrix().get(i, j) > 0 ? 1 : 0;
                assertEquals(s.matrix().get(i, j), s.matrix().get(j, i));
            }
        }
        assertEquals(0.30, connected / (n * (n - 1) / 2.0), 0.04, "subjects keep most base edges");
        int homotopic = 0;
        for (int i = 0; i < n; i += 2) {
            homotopic += s.matrix().get(i, i + 1) > 0 ? 1 : 0;
        }
        assertTrue(homotopic >= 40, "nearly every left-right twin is linked (a few drop out): " + homotopic);
    }

    @Test
    void adWeakensPlantedRegionsAndMciAboutHalfAsMuch() {
        List<DemoRegion> regions = regions();
        DemoCohort demo = new DemoCohortGenerator(regions, DemoSettings.defaults()).generate(5, null);
        Map<String, double[]> meanDegree = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (DemoSubject s : demo.subjects()) {
            double[] d = FeatureSets.DEGREE.extract(s.matrix());
            double planted = 0;
            double other = 0;
            for (int i = 0; i < regions.size(); i++) {
                if (DemoSettings.AAL_PLANTED.contains(regions.get(i).name())) {
                    planted += d[i] / 16;
                } else {
                    other += d[i] / 74;
                }
            }
            meanDegree.merge(s.diagnosis(), new double[] {planted, other},
                    (x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
            count.merge(s.diagnosis(), 1, Integer::sum);
        }
        double hc = meanDegree.get("HC")[0] / count.get("HC");
        double mci = meanDegree.get("MCI")[0] / count.get("MCI");
        double ad = meanDegree.get("AD")[0] / count.get("AD");
        double hcOther = meanDegree.get("HC")[1] / count.get("HC");
        double adOther = meanDegree.get("AD")[1] / count.get("AD");
        assertTrue(ad < 0.85 * hc, "AD planted degree clearly lower: " + ad + " vs " + hc);
        assertTrue(mci < hc && mci > ad, "MCI in between: " + mci);
        double adDrop = 1 - ad / hc;
        double mciDrop = 1 - mci / hc;
        assertEquals(0.5, mciDrop / adDrop, 0.25, "MCI about half of AD");
        assertTrue(Math.abs(1 - adOther / hcOther) < Math.min(0.1, adDrop / 2), "other regions change far less");
    }

    @Test
    void refusesPlantedRegionsMissingFromTheRegionList() {
        List<DemoRegion> few = regions().subList(20, 90);
        assertThrows(IllegalArgumentException.class, () -> new DemoCohortGenerator(few, DemoSettings.defaults()));
        DemoSettings custom = DemoSettings.defaults().withGroups(2, 1, 1).withPlanted(List.of("Filler3_L"));
        assertEquals(4, new DemoCohortGenerator(few, custom).generate(1, null).subjects().size());
    }
}
