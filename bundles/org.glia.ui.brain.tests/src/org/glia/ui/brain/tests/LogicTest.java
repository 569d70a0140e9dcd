package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.GliaPreferences;
import org.glia.ui.RegionSelection;
import org.glia.ui.brain.internal.BrainPreferences;
import org.glia.ui.brain.internal.ExportJob;
import org.glia.ui.brain.internal.RegionInfo;
import org.glia.ui.brain.internal.RegionMaps;
import org.glia.ui.brain.internal.StudyData;
import org.glia.render.BrainScene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brain view's logic without SWT or GL: loading a study's brain, region maps, ranks and sizes. */
class LogicTest {

    @TempDir
    static Path dir;
    static TestStudy written;
    static StudyData data;
    static Study study;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        written = TestStudy.write(dir);
        study = GliaDocument.load(written.file);
        data = StudyData.load(written.file, study.getCohortPath(), study.getFeatureSet(), new NullProgressMonitor());
    }

    @Test
    void loadsTheCohortAndItsAtlasSurfaces() {
        assertEquals(6, data.cohort().subjects().size());
        assertEquals(5, data.scene().regionIndices().length);
        assertEquals("Frontal_L", data.scene().name(3));
        assertEquals(3, data.rawFeatures("HC").size());
        assertEquals(6, data.rawFeatures(null).size());
    }

    @Test
    void refusesAStudyWithoutCohortOrAtlasWithAMessage() throws Exception {
        DataException e = assertThrows(DataException.class,
                () -> StudyData.load(written.file, "", null, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("study.glia") && e.getMessage().contains("no cohort"), e.getMessage());
        java.nio.file.Files.delete(written.cohort.resolve("atlas.nii.gz"));
        try {
            DataException noAtlas = assertThrows(DataException.class,
                    () -> StudyData.load(written.file, "cohort", null, new NullProgressMonitor()));
            assertTrue(noAtlas.getMessage().contains("no atlas"), noAtlas.getMessage());
        } finally {
            org.glia.atlas.NiftiWriter.write(TestStudy.volume(), written.cohort.resolve("atlas.nii.gz"));
        }
    }

    @Test
    void subjectMapIsThePaperRuleAndClassMapTheMean() {
        Mlp net = MlpConversion.toMlp(study.getNetwork());
        List<double[]> all = data.rawFeatures(null).stream().map(x -> MlpConversion.standardize(study.getNetwork(), x)).toList();
        double[] one = RegionMaps.mean(net, List.of(all.get(0)), 1, 2, new NullProgressMonitor());
        double[] expected = ImportanceBackprop.fromNode(net, net.pass(all.get(0)), 1, 2, ImportancePolicy.DEFAULT).regions();
        assertArrayEquals(expected, one, 1e-12);
        double[] mean = RegionMaps.mean(net, all, 2, 1, new NullProgressMonitor());
        double sum = 0;
        for (double v : mean) {
            sum += v;
        }
        assertEquals(1, sum, 1e-9, "the paper's shares sum to 1, and so does their mean");
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, RegionMaps.mean(net, all, 0, 3, new NullProgressMonitor()));
    }

    @Test
    void rankCountsRegionsWithLargerValues() {
        BrainScene s = data.scene();
        s.setValues(new double[] {0.1, 0.4, Double.NaN, 0.3, 0.2});
        RegionSelection r = RegionInfo.of(s, 4);
        assertEquals(new RegionSelection(4, "Frontal_R", 0.3, 2, 4), r);
        assertEquals("Frontal_R: 0.3 (rank 2 of 4)", RegionInfo.text(r));
        assertEquals(0, RegionInfo.of(s, 3).rank());
        assertEquals("Frontal_L", RegionInfo.text(RegionInfo.of(s, 3)));
    }

    @Test
    void startsWithThePreferredDefaults() {
        // a fresh workspace (or no preference service at all) gives GliaPreferences' defaults
        assertEquals(GliaPreferences.defaultOf(GliaPreferences.COLOR_MAP), BrainPreferences.colorMap().id());
        assertEquals(GliaPreferences.defaultOf(GliaPreferences.DIVERGING_COLOR_MAP), BrainPreferences.divergingMap().id());
        assertTrue(BrainPreferences.divergingMap().diverging());
        assertEquals(Integer.parseInt(GliaPreferences.defaultOf(GliaPreferences.TRIANGLE_BUDGET)),
                BrainPreferences.triangleBudget());
    }

    @Test
    void theTriangleBudgetDecimatesTheAtlasSurfaces() throws Exception {
        StudyData coarse = StudyData.load(written.file, study.getCohortPath(), study.getFeatureSet(), 2000,
                new NullProgressMonitor());
        int full = data.scene().meshes().triangleCount();
        int few = coarse.scene().meshes().triangleCount();
        assertTrue(few <= 2000 && few < full, few + " triangles with a budget of 2000, " + full + " by default");
    }

    @Test
    void parsesPictureSizes() {
        assertArrayEquals(new int[] {1600, 1200}, ExportJob.parseSize("1600x1200"));
        assertArrayEquals(new int[] {800, 600}, ExportJob.parseSize(" 800 X 600 "));
        assertNull(ExportJob.parseSize("800"));
        assertNull(ExportJob.parseSize("8x8"));
        assertNull(ExportJob.parseSize("axb"));
    }
}
