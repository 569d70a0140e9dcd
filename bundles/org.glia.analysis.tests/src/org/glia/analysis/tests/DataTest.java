package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.glia.analysis.LabelledData;
import org.glia.analysis.StandardizerScaling;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSets;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldPreprocessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class selection and the standardisation the experiments train on. */
class DataTest {

    @TempDir
    Path tmp;

    @Test
    void selectsTheChosenClassesInCohortOrder() throws Exception {
        Cohort c = CohortLoader.load(Fixture.cohort(tmp.resolve("cohort")), null);
        LabelledData d = LabelledData.select(c, List.of("AD", "HC"), FeatureSets.DEGREE);
        assertEquals(30, d.y().length);
        assertEquals(Map.of("AD", 14, "HC", 16), d.counts());
        assertEquals(List.copyOf(d.counts().keySet()), List.of("AD", "HC"));
        assertEquals("sub-001", d.subjects().get(0));
        assertEquals(1, d.y()[0], "HC is the second class");
        assertEquals(0, d.y()[29]);
        assertArrayEquals(FeatureSets.DEGREE.extract(c.subjects().get(0).matrix()), d.x()[0]);
        assertEquals(c.labels().names(), d.features());
        assertThrows(IllegalArgumentException.class, () -> LabelledData.select(c, List.of("HC"), FeatureSets.DEGREE));
        assertThrows(IllegalArgumentException.class,
                () -> LabelledData.select(c, List.of("HC", "CN"), FeatureSets.DEGREE));
    }

    @Test
    void standardizerScalingIsTheCohortsZScore() {
        SplittableRandom r = new SplittableRandom(1);
        double[][] x = new double[20][5];
        for (double[] row : x) {
            for (int j = 0; j < 4; j++) {
                row[j] = r.nextGaussian() * (j + 1) + j;
            }
            row[4] = 3;
        }
        FeatureScaling s = StandardizerScaling.fit(x);
        FeatureScaling z = FoldPreprocessor.zScore(x);
        assertArrayEquals(z.shift(), s.shift());
        assertArrayEquals(z.scale(), s.scale());
        assertEquals(Double.POSITIVE_INFINITY, s.scale()[4], "a constant feature is dropped");
        assertEquals(0.0, s.apply(new double[] {0, 0, 0, 0, 99})[4]);
    }
}
