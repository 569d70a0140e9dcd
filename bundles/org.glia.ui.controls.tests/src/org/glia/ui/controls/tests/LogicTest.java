package org.glia.ui.controls.tests;

import org.glia.ui.brain.tests.TestStudy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.cohort.FeatureSets;
import org.glia.core.color.ValueMapping;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.BrainDisplay;
import org.glia.ui.controls.internal.MappingChoice;
import org.glia.ui.network.StudyCohort;
import org.glia.ui.controls.SubjectRow;
import org.glia.ui.controls.SubjectRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Controls view's logic without a workbench: typed numbers, edge mappings, subject rows. */
class LogicTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreParsedAndBlankIsAutomatic() {
        assertTrue(Double.isNaN(MappingChoice.parse("  ")));
        assertEquals(0.25, MappingChoice.parse("0,25"));
        assertEquals(-3, MappingChoice.parse("-3"));
        assertThrows(NumberFormatException.class, () -> MappingChoice.parse("abc"));
        assertThrows(NumberFormatException.class, () -> MappingChoice.parse("Infinity"));
        assertEquals("", MappingChoice.format(Double.NaN));
        assertEquals("0.5", MappingChoice.format(0.5));
        assertEquals("2", MappingChoice.format(2));
    }

    @Test
    void edgeMappingIsAutomaticUnlessChosenAndFillsTheRangeFromTheWeights() throws Exception {
        Study study = GliaDocument.load(TestStudy.write(dir).file);
        Mlp net = MlpConversion.toMlp(study.getNetwork());
        assertNull(MappingChoice.AUTO.edgeMapping(net));
        double largest = 0;
        double smallest = Double.MAX_VALUE;
        for (var layer : net.layers()) {
            for (double w : layer.weightsView()) {
                largest = Math.max(largest, Math.abs(w));
                if (w != 0) {
                    smallest = Math.min(smallest, Math.abs(w));
                }
            }
        }
        ValueMapping gamma = new MappingChoice(ValueMapping.Kind.GAMMA, 0.5, Double.NaN, Double.NaN).edgeMapping(net);
        assertEquals(new ValueMapping(ValueMapping.Kind.GAMMA, 0, largest, 0.5), gamma);
        ValueMapping log = new MappingChoice(ValueMapping.Kind.LOG, 1, Double.NaN, Double.NaN).edgeMapping(net);
        assertEquals(smallest, log.min());
        ValueMapping clamped = new MappingChoice(ValueMapping.Kind.LINEAR, 1, 0.1, 0.2).edgeMapping(net);
        assertEquals(ValueMapping.linear(0.1, 0.2), clamped);
        assertThrows(IllegalArgumentException.class,
                () -> new MappingChoice(ValueMapping.Kind.LOG, 1, -1, 2).edgeMapping(net));
        assertThrows(IllegalArgumentException.class,
                () -> new MappingChoice(ValueMapping.Kind.GAMMA, 0, Double.NaN, Double.NaN));
    }

    @Test
    void subjectRowsCarryDiagnosisPredictionAndProbability() throws Exception {
        TestStudy t = TestStudy.write(dir);
        Study study = GliaDocument.load(t.file);
        StudyCohort cohort = StudyCohort.load(t.file, study.getCohortPath(), study.getFeatureSet(),
                new NullProgressMonitor());
        List<SubjectRow> rows = SubjectRows.of(cohort.cohort(), cohort.features(), study.getNetwork(),
                List.copyOf(study.getClasses()));
        assertEquals(6, rows.size());
        assertEquals("sub-01", rows.get(0).id());
        assertEquals("HC", rows.get(0).diagnosis());
        assertEquals("AD", rows.get(1).diagnosis());
        Mlp net = MlpConversion.toMlp(study.getNetwork());
        for (SubjectRow r : rows) {
            double[] p = net.predict(MlpConversion.standardize(study.getNetwork(), r.features()));
            int best = p[1] > p[0] ? 1 : 0;
            assertEquals(List.of("HC", "AD").get(best), r.prediction());
            assertEquals(p[best], r.probability(), 1e-12);
            assertTrue(r.probability() >= 0.5 && r.probability() <= 1);
        }
        assertArrayEquals(FeatureSets.DEGREE.extract(cohort.cohort().subjects().get(2).matrix()), rows.get(2).features());

        List<SubjectRow> unpredicted = SubjectRows.of(cohort.cohort(), cohort.features(), null, List.of());
        assertNull(unpredicted.get(0).prediction());
        assertTrue(Double.isNaN(unpredicted.get(0).probability()));
    }

    @Test
    void aStudyWithoutCohortOrWithAnUnknownFeatureSetIsRefusedWithItsFileName() {
        Path file = dir.resolve("x.glia");
        DataException none = assertThrows(DataException.class,
                () -> StudyCohort.load(file, "", null, new NullProgressMonitor()));
        assertTrue(none.getMessage().contains("x.glia"), none.getMessage());
        DataException unknown = assertThrows(DataException.class,
                () -> StudyCohort.load(file, "cohort", "nope", new NullProgressMonitor()));
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
    }

    @Test
    void brainDisplayChecksItsValues() {
        assertNotNull(BrainDisplay.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> new BrainDisplay(ValueMapping.Kind.GAMMA, -1, Double.NaN,
                Double.NaN, Double.NaN, ThresholdMode.GLASS, 1, 5, "paper"));
        assertThrows(IllegalArgumentException.class, () -> new BrainDisplay(ValueMapping.Kind.LINEAR, 1, Double.NaN,
                Double.NaN, Double.NaN, ThresholdMode.GLASS, 1, -1, "paper"));
    }
}
