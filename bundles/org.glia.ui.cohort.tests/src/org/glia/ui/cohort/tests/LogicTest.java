package org.glia.ui.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSets;
import org.glia.core.io.DataException;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.nn.NetworkBuilder;
import org.glia.ui.cohort.internal.ClassStats;
import org.glia.ui.cohort.internal.CohortContents;
import org.glia.ui.cohort.internal.CohortRow;
import org.glia.ui.cohort.internal.FeatureDistributions;
import org.glia.ui.cohort.internal.PlotScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cohort view's numbers without a workbench: class summaries, distributions per region, the table's rows. */
class LogicTest {

    @TempDir
    Path dir;

    private Cohort cohort(int perClass) throws Exception {
        return CohortLoader.load(TestCohort.write(dir.resolve("cohort"), perClass), new NullProgressMonitor());
    }

    @Test
    void classStatsGiveNMeanSdQuartilesAndTukeyWhiskers() {
        ClassStats s = ClassStats.of("AD", new double[] {4, 1, 100, 3, 2, Double.NaN});
        assertEquals(5, s.n(), "NaN left out");
        assertArrayEquals(new double[] {1, 2, 3, 4, 100}, s.values());
        assertEquals(22, s.mean(), 1e-12);
        double squares = 21 * 21 + 20 * 20 + 19 * 19 + 18 * 18 + 78 * 78;
        assertEquals(Math.sqrt(squares / 4), s.sd(), 1e-12);
        assertEquals(2, s.q1(), 1e-12);
        assertEquals(3, s.median(), 1e-12);
        assertEquals(4, s.q3(), 1e-12);
        assertEquals(1, s.low(), 1e-12);
        assertEquals(4, s.high(), 1e-12, "100 lies beyond q3 + 1.5 IQR = 7");
        assertTrue(s.outlier(100));
        assertFalse(s.outlier(4));

        ClassStats one = ClassStats.of("HC", new double[] {0.5});
        assertEquals(0.5, one.mean());
        assertTrue(Double.isNaN(one.sd()), "no SD from one value");
        assertEquals(0.5, one.median());
        ClassStats none = ClassStats.of("MCI", new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        ClassStats even = ClassStats.of("x", new double[] {1, 2, 3, 4});
        assertEquals(2.5, even.median(), 1e-12);
        assertEquals(1.75, even.q1(), 1e-12);
        assertEquals(3.25, even.q3(), 1e-12);
    }

    @Test
    void distributionsGroupTheFeatureByClassAndRankRegionsByF() throws Exception {
        Cohort c = cohort(6);
        FeatureDistributions d = FeatureDistributions.of(c, FeatureSets.DEGREE, List.of("AD"), null);
        assertEquals(List.of("AD", "HC", "MCI"), d.classes(), "given classes first, the others as they appear");
        assertEquals(TestCohort.REGIONS, d.regions());
        for (int s = 0; s < c.subjects().size(); s++) {
            assertArrayEquals(FeatureSets.DEGREE.extract(c.subjects().get(s).matrix()),
                    new double[] {d.value(s, 0), d.value(s, 1), d.value(s, 2), d.value(s, 3), d.value(s, 4),
                        d.value(s, 5), d.value(s, 6), d.value(s, 7)});
        }
        List<ClassStats> first = d.stats(0);
        assertEquals(List.of("AD", "HC", "MCI"), first.stream().map(ClassStats::name).toList());
        assertEquals(List.of(6, 6, 6), first.stream().map(ClassStats::n).toList());
        assertTrue(first.get(0).mean() > first.get(2).mean() && first.get(2).mean() > first.get(1).mean(),
                "region 0's degree grows HC < MCI < AD");
        for (int r = 1; r < d.regions().size(); r++) {
            assertTrue(d.f(0) > d.f(r), "region 0 separates the classes best: F " + d.f(0) + " vs " + d.f(r));
        }
        assertEquals(fByHand(d, 3), d.f(3), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> FeatureDistributions.of(c, FeatureSets.EDGES, List.of(), null));
    }

    /** One-way ANOVA F at a region from the class summaries. */
    private static double fByHand(FeatureDistributions d, int region) {
        List<ClassStats> stats = d.stats(region);
        int total = stats.stream().mapToInt(ClassStats::n).sum();
        double grand = stats.stream().mapToDouble(s -> s.mean() * s.n()).sum() / total;
        double between = stats.stream().mapToDouble(s -> s.n() * Math.pow(s.mean() - grand, 2)).sum() / (stats.size() - 1);
        double within = stats.stream().mapToDouble(s -> (s.n() - 1) * s.sd() * s.sd()).sum() / (total - stats.size());
        return between / within;
    }

    @Test
    void rowsCarryMeanDegreeAndPredictionsWhenAModelReadsTheCohort() throws Exception {
        Cohort c = cohort(4);
        CohortContents plain = CohortContents.compute("cohort", c, null, null, List.of(), null, null);
        assertEquals(12, plain.rows().size());
        assertFalse(plain.predicted());
        assertSame(FeatureSets.DEGREE, plain.distributions().features());
        for (CohortRow row : plain.rows()) {
            double[] degree = FeatureSets.DEGREE.extract(row.subject().matrix());
            assertEquals(java.util.Arrays.stream(degree).average().orElseThrow(), row.meanDegree(), 1e-12);
            assertNull(row.predicted().prediction());
            assertSame(row.subject(), row.getAdapter(org.glia.cohort.Subject.class), "adapts to its subject");
        }
        assertEquals(List.of("degree", "binary-degree"),
                plain.regionFeatures().stream().map(f -> f.name()).toList());

        Network net = NetworkBuilder.build(TestCohort.REGIONS, new int[] {4}, ActivationFunction.RELU,
                TestCohort.CLASSES, 5);
        CohortContents withModel = CohortContents.compute("study.glia", c, FeatureSets.DEGREE, net,
                TestCohort.CLASSES, null, null);
        assertTrue(withModel.predicted());
        for (CohortRow row : withModel.rows()) {
            assertNotNull(row.predicted().prediction());
            assertTrue(TestCohort.CLASSES.contains(row.predicted().prediction()));
            assertTrue(row.predicted().probability() > 0 && row.predicted().probability() <= 1);
        }
        assertEquals(TestCohort.CLASSES, withModel.distributions().classes());

        CohortContents binary = withModel.withFeature(FeatureSets.BINARY_DEGREE, null);
        assertSame(FeatureSets.BINARY_DEGREE, binary.distributions().features());
        assertEquals(7, binary.distributions().value(0, 0), "every other region is connected");
        assertEquals(withModel.rows(), binary.rows());
    }

    @Test
    void thePlotAxisHoldsEveryValueWithRoundTicks() {
        for (double[] values : new double[][] {{2.7, 13.1}, {0.0012, 0.0049}, {-3, 250}, {7, 7}}) {
            PlotScale scale = PlotScale.of(List.of(ClassStats.of("a", values)));
            assertTrue(scale.min() < values[0] && scale.max() > values[1], java.util.Arrays.toString(values));
            List<Double> ticks = scale.ticks();
            assertTrue(ticks.size() >= 3 && ticks.size() <= 7, ticks.toString());
            double step = ticks.get(1) - ticks.get(0);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
            assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6), "step " + step);
            for (int i = 0; i < ticks.size(); i++) {
                assertTrue(ticks.get(i) >= scale.min() && ticks.get(i) <= scale.max() + step * 1e-9);
                assertEquals(ticks.get(0) + i * step, ticks.get(i), step * 1e-6);
            }
            assertEquals(0, scale.position(scale.min()), 1e-12);
            assertEquals(1, scale.position(scale.max()), 1e-12);
        }
        assertEquals(new PlotScale(0, 1), PlotScale.of(List.of(ClassStats.of("none", new double[0]))));
    }

    @Test
    void aCohortThatCannotBeReadNamesTheFileAndTheFault() throws Exception {
        Path folder = TestCohort.write(dir.resolve("broken"), 2);
        Files.delete(folder.resolve("connectomes").resolve("sub-03.csv"));
        DataException e = assertThrows(DataException.class, () -> CohortLoader.load(folder, null));
        assertTrue(e.getMessage().contains("sub-03"), e.getMessage());
    }
}
