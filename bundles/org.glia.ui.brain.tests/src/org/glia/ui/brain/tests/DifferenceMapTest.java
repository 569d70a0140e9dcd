package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.ui.brain.Comparison;
import org.glia.ui.brain.internal.ColorBarLegend;
import org.glia.ui.brain.internal.MapInput;
import org.glia.ui.brain.internal.MapInputs;
import org.glia.ui.brain.internal.MapRefused;
import org.glia.ui.brain.internal.MapSource;
import org.glia.ui.brain.internal.MapTitles;
import org.glia.ui.brain.internal.RegionMaps;
import org.glia.ui.brain.internal.StudyData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Difference maps without SWT or GL: a − b region by region with known values, the two sides a comparison of
 * subjects, classes or model versions resolves to (each version with its own input scaling), the refusals with
 * their reasons, and the headings saying what minus what.
 */
class DifferenceMapTest {

    @TempDir
    static Path dir;
    static StudyData data;
    static Study study;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        TestStudy written = TestStudy.write(dir);
        study = GliaDocument.load(written.file);
        data = StudyData.load(written.file, study.getCohortPath(), study.getFeatureSet(), new NullProgressMonitor());
    }

    @Test
    void differenceIsAMinusBWithKnownValues() {
        // A linear first layer: the gradient x input of hidden node 0 is (2 x1, -x2).
        Mlp net = new Mlp(List.of(new DenseLayer(2, 2, new double[] {2, -1, 0.5, 1}, new double[] {0, 0},
                Activation.IDENTITY), new DenseLayer(2, 2, new double[] {1, 0, 0, 1}, new double[] {0, 0},
                        Activation.SOFTMAX)));
        AttributionMethod gradientTimesInput = AttributionMethods.get("gradxinput").method();
        MapInput a = new MapInput(net, List.of(new double[] {1, 2}));
        MapInput b = new MapInput(net, List.of(new double[] {3, 1}));
        // (2, -2) - (6, -1)
        assertArrayEquals(new double[] {-4, -1},
                RegionMaps.difference(a, b, 1, 0, gradientTimesInput, new NullProgressMonitor()), 1e-12);
        // class means: a = mean of (2, -2) and (6, -4) = (4, -3); b = (6, -1)
        MapInput two = new MapInput(net, List.of(new double[] {1, 2}, new double[] {3, 4}));
        assertArrayEquals(new double[] {-2, -2},
                RegionMaps.difference(two, b, 1, 0, gradientTimesInput, new NullProgressMonitor()), 1e-12);
        assertArrayEquals(new double[] {0, 0}, RegionMaps.difference(a, a, 1, 0, null, new NullProgressMonitor()));
    }

    @Test
    void subjectsAndClassesCompareTheOpenModelsMaps() throws Exception {
        MapInput[] sides = MapInputs.comparison(study, data, MapSource.subject("sub-01"),
                Comparison.subjects("sub-02", "sub-05"), 1, 2);
        Mlp net = MlpConversion.toMlp(study.getNetwork());
        double[] expected = minus(paper(net, raw("sub-02"), 1, 2), paper(net, raw("sub-05"), 1, 2));
        assertArrayEquals(expected, RegionMaps.difference(sides[0], sides[1], 1, 2, null, new NullProgressMonitor()),
                1e-12);

        MapInput[] classes = MapInputs.comparison(study, data, MapSource.subject("sub-01"),
                Comparison.classes("AD", "HC"), 2, 1);
        assertEquals(3, classes[0].inputs().size());
        double[] d = RegionMaps.difference(classes[0], classes[1], 2, 1, null, new NullProgressMonitor());
        double sum = 0;
        for (double v : d) {
            sum += v;
        }
        assertEquals(0, sum, 1e-9, "the paper's shares sum to 1 in both class maps, so their difference sums to 0");
        double[] ad = RegionMaps.mean(net, data.rawFeatures("AD").stream()
                .map(x -> MlpConversion.standardize(study.getNetwork(), x)).toList(), 2, 1, new NullProgressMonitor());
        double[] hc = RegionMaps.mean(net, data.rawFeatures("HC").stream()
                .map(x -> MlpConversion.standardize(study.getNetwork(), x)).toList(), 2, 1, new NullProgressMonitor());
        assertArrayEquals(minus(ad, hc), d, 1e-12);
    }

    @Test
    void versionsUseTheirOwnNetworksAndScaling() throws Exception {
        Study s = EcoreUtil.copy(study);
        Network v1 = EcoreUtil.copy(s.getNetwork());
        Network v2 = EcoreUtil.copy(s.getNetwork());
        v2.getInputShift().clear();
        v2.getInputScale().clear();
        for (int i = 0; i < TestStudy.NAMES.length; i++) {
            v2.getInputShift().add(0.5);
            v2.getInputScale().add(2.0);
        }
        s.getVersions().add(version("v1", v1));
        s.getVersions().add(version("v2", v2));
        MapInput[] sides = MapInputs.comparison(s, data, MapSource.subject("sub-03"), Comparison.versions("v2", "v1"),
                1, 0);
        double[] x = raw("sub-03");
        assertArrayEquals(MlpConversion.standardize(v2, x), sides[0].inputs().get(0));
        assertArrayEquals(MlpConversion.standardize(v1, x), sides[1].inputs().get(0));
        double[] x2 = sides[0].inputs().get(0);
        for (int i = 0; i < x.length; i++) {
            assertEquals((x[i] - 0.5) / 2, x2[i], 1e-12, "standardised with version 2's own shift and scale");
        }
        MapInput[] same = MapInputs.comparison(s, data, MapSource.ofClass("HC"), Comparison.versions("v1", "v1"), 1, 0);
        assertArrayEquals(new double[5], RegionMaps.difference(same[0], same[1], 1, 0, null, new NullProgressMonitor()));
    }

    @Test
    void refusesWhatCannotBeComparedWithTheReason() {
        Study s = EcoreUtil.copy(study);
        Network small = NetworkBuilder.build(List.of("a", "b", "c", "d"), new int[] {3}, ActivationFunction.RELU,
                List.of("HC", "AD"), 3);
        s.getVersions().add(version("v1", EcoreUtil.copy(s.getNetwork())));
        s.getVersions().add(version("v9", small));
        MapSource sub = MapSource.subject("sub-01");
        assertRefused("there is no subject 'sub-99' in the cohort",
                () -> MapInputs.comparison(s, data, sub, Comparison.subjects("sub-01", "sub-99"), 1, 0));
        assertRefused("the cohort has no subject of class 'MCI'",
                () -> MapInputs.comparison(s, data, sub, Comparison.classes("MCI", "HC"), 1, 0));
        assertRefused("the study has no model version 'v7'",
                () -> MapInputs.comparison(s, data, sub, Comparison.versions("v1", "v7"), 1, 0));
        assertRefused("version v9 reads 4 inputs but the cohort has 5 regions",
                () -> MapInputs.comparison(s, data, sub, Comparison.versions("v1", "v9"), 1, 0));
        assertRefused("version v1 has no node 1:7",
                () -> MapInputs.comparison(s, data, sub, Comparison.versions("v1", "v1"), 1, 7));
    }

    @Test
    void headingsSayWhatMinusWhat() {
        MapSource ad = MapSource.ofClass("AD");
        assertEquals("Node 1:2 \u00b7 class AD (mean)", MapTitles.heading("1:2", ad, null));
        assertEquals("Node 1:2 \u00b7 subject sub-01 \u2212 subject sub-02",
                MapTitles.heading("1:2", ad, Comparison.subjects("sub-01", "sub-02")));
        assertEquals("Node 1:2 \u00b7 class AD \u2212 class HC (means)",
                MapTitles.heading("1:2", ad, Comparison.classes("AD", "HC")));
        assertEquals("Node 1:2 \u00b7 version v2 \u2212 version v1 \u00b7 class AD (mean)",
                MapTitles.heading("1:2", ad, Comparison.versions("v2", "v1")));
        assertArrayEquals(new String[] {"Node 1:2", "version v2", "\u2212 version v1", "class AD (mean)"},
                ColorBarLegend.lines(MapTitles.heading("1:2", ad, Comparison.versions("v2", "v1"))),
                "the colour bar writes each part, and the subtracted side, on a line of its own");
        assertThrows(NullPointerException.class, () -> new Comparison(Comparison.Kind.SUBJECTS, "a", null));
    }

    private static void assertRefused(String start, org.junit.jupiter.api.function.Executable e) {
        MapRefused r = assertThrows(MapRefused.class, e);
        assertTrue(r.getMessage().startsWith(start), r.getMessage());
    }

    private static ModelVersion version(String id, Network n) {
        ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
        v.setId(id);
        v.setNetwork(n);
        return v;
    }

    private static double[] raw(String id) {
        return data.features().extract(data.cohort().subject(id).orElseThrow().matrix());
    }

    private static double[] paper(Mlp net, double[] raw, int level, int node) {
        double[] x = MlpConversion.standardize(study.getNetwork(), raw);
        return ImportanceBackprop.fromNode(net, net.pass(x), level, node, ImportancePolicy.DEFAULT).regions();
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
