package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.ui.training.internal.live.ConfusionMatrix;
import org.glia.ui.training.internal.live.FoldRow;
import org.glia.ui.training.internal.live.RecordedRun;
import org.glia.ui.training.internal.live.RunSnapshot;
import org.glia.ui.training.internal.live.RunState;
import org.junit.jupiter.api.Test;

/** What the Training view shows for a study whose versions were recorded before (no run seen). */
class RecordedRunTest {

    @Test
    void theCurrentVersionsFoldsAndConfusion() {
        Study study = Studies.study(5, 3, 2);
        ModelVersion v = Studies.record(study, new BasicCommandStack(), 0.1,
                Studies.cv(new int[][] {{10, 2}, {3, 9}}, 0.7, 0.8, 0.9));
        RunSnapshot s = RecordedRun.of(study, v);
        assertEquals(RunState.FROM_VERSION, s.state());
        assertEquals("Version v1 of versions test (recorded metrics)", s.title());
        assertEquals("CV accuracy 0.800 \u00b1 0.100, balanced accuracy 0.750 \u00b1 0.100, AUC 0.900 \u00b1 0.100"
                + " (3 folds)", s.status());
        assertTrue(s.series().isEmpty(), "no curves are recorded with a version");
        assertEquals(List.of(40, 41, 42), s.foldTable().rows().stream().map(FoldRow::epochs).toList());
        assertEquals(0.8, s.foldTable().accuracy().mean(), 1e-12);
        assertEquals(0.1, s.foldTable().accuracy().sd(), 1e-12);
        assertEquals(24, s.confusion().total());
        assertArrayEquals(new int[] {3, 9}, s.confusion().counts()[1]);
        assertEquals("test subjects of 3 folds", s.confusion().source());
        assertEquals(100, s.epochs());
    }

    @Test
    void trainingSetMetricsAndTheConfusionOfARecentRetraining() {
        Study study = Studies.study(5, 3, 2);
        long before = System.currentTimeMillis();
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        m.setAccuracy(0.875);
        m.setBalancedAccuracy(0.8);
        m.setAuc(Double.NaN);
        m.getConfusion().addAll(List.of(4, 0, 1, 3));
        ModelVersion v = Studies.record(study, new BasicCommandStack(), 0.1, m);
        RunSnapshot s = RecordedRun.of(study, v);
        assertEquals("Training-set accuracy 0.875, balanced accuracy 0.800, AUC n/a (not cross-validated)", s.status());
        assertTrue(s.foldTable().isEmpty());
        ConfusionMatrix c = RecordedRun.recentConfusion(study, before);
        assertNotNull(c);
        assertEquals(8, c.total());
        assertEquals("training subjects (not cross-validated)", c.source());
        assertNull(RecordedRun.recentConfusion(study, System.currentTimeMillis() + 60_000), "recorded before the run");
        assertNull(RecordedRun.of(study, null));
    }

    @Test
    void confusionMatricesNameTheirClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(List.of("HC", "MCI", "AD"),
                new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, "x");
        assertEquals(45, m.total());
        assertEquals(15, m.correct());
        assertEquals(15, m.rowTotal(1));
        assertEquals(List.of("class 0", "class 1"), ConfusionMatrix.of(List.of("HC"), new int[2][2], "x").classes());
        assertNull(ConfusionMatrix.ofRowMajor(List.of(), List.of(1, 2, 3), "x"), "not a square");
    }
}
