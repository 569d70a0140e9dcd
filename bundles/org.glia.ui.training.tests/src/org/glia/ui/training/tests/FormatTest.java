package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;

import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.TrainingSettings;
import org.glia.ui.training.internal.Format;
import org.junit.jupiter.api.Test;

/** How the views write metrics, settings and sizes. */
class FormatTest {

    @Test
    void accuracyCells() {
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        m.setFolds(10);
        m.setAccuracy(0.7421);
        m.setAccuracySd(0.0512);
        assertEquals("0.742 \u00b1 0.051 (10-fold CV)", Format.accuracy(m));
        m.setFolds(0);
        assertEquals("0.742 (training set)", Format.accuracy(m));
        assertEquals("", Format.accuracy(null));
        assertEquals("n/a", Format.number(Double.NaN));
        assertEquals("0.500", Format.meanSd(0.5, Double.NaN));
        assertEquals("-0.020", Format.difference(-0.02));
    }

    @Test
    void settingsSummary() {
        TrainingSettings s = Studies.settings();
        assertEquals("java, lr 0.01, 100 epochs, full batch, L2 0.0001, early stop after 10 (hold out 20 %)",
                Format.settings(s));
        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEngine("dl4j");
        t.setLearningRate(0.001);
        t.setEpochs(200);
        t.setBatchSize(16);
        assertEquals("dl4j, lr 0.001, 200 epochs, batch 16, L2 0", Format.settings(t));
        assertEquals("", Format.settings(null));
    }

    @Test
    void sizesAndDates() {
        assertEquals("90-16-2", Format.sizes(new int[] {90, 16, 2}));
        assertEquals("", Format.date(null));
        assertEquals(19, Format.date(new Date(0)).length());
    }
}
