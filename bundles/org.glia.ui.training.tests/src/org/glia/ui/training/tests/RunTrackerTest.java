package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.glia.train.EpochStats;
import org.glia.train.eval.Stat;
import org.glia.ui.training.internal.live.FoldRow;
import org.glia.ui.training.internal.live.RunSnapshot;
import org.glia.ui.training.internal.live.RunState;
import org.glia.ui.training.internal.live.RunTracker;
import org.glia.ui.training.internal.live.Series;
import org.junit.jupiter.api.Test;

/** The Training view's model of a run, fed synthetic events from several threads as the training jobs send them. */
class RunTrackerTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final RunTracker tracker = new RunTracker(changes::incrementAndGet);

    @Test
    void seriesFoldsAndConfusionOfACrossValidation() throws Exception {
        Runs run = new Runs(41, 25, 30, 20, 35);
        run.play(tracker, "v7: CV accuracy 0.81 \u00b1 0.05 (3 folds)", true);
        RunSnapshot s = tracker.snapshot();
        assertEquals(RunState.RECORDED, s.state());
        assertEquals("Synthetic run", s.title());
        assertEquals("v7: CV accuracy 0.81 \u00b1 0.05 (3 folds)", s.status());
        assertEquals(List.of(0, 1, 2, -1), s.series().stream().map(Series::fold).toList(), "folds, then the final");
        assertEquals(30, s.series(0).length());
        assertEquals(20, s.series(1).length());
        assertEquals(35, s.series(2).length());
        assertEquals(25, s.series(Series.FINAL).length());
        assertArrayEquals(new double[] {1, 2, 3}, Arrays.copyOf(s.series(1).epochs(), 3));
        assertEquals(Runs.loss(1, 20), s.series(1).lastLoss());
        assertTrue(s.series(0).hasValidation());
        assertFalse(s.series(1).hasValidation());

        assertEquals(List.of(0, 1, 2), s.foldTable().rows().stream().map(FoldRow::fold).toList());
        assertEquals(List.of(30, 20, 35), s.foldTable().rows().stream().map(FoldRow::epochs).toList());
        Stat acc = Stat.of(run.folds.stream().mapToDouble(f -> f.accuracy()).toArray());
        assertEquals(acc, s.foldTable().accuracy());
        assertEquals(0.9, s.foldTable().auc().mean(), 1e-12, "an undefined AUC is left out");

        // 2, 3 and 4 subjects per class: 18 in all, one of class AD wrong per fold
        assertEquals(18, s.confusion().total());
        assertEquals(15, s.confusion().correct());
        assertArrayEquals(new int[] {9, 0}, s.confusion().counts()[0]);
        assertArrayEquals(new int[] {3, 6}, s.confusion().counts()[1]);
        assertEquals(List.of("HC", "AD"), s.confusion().classes());
        assertTrue(changes.get() >= 30 + 20 + 35 + 25, "every event tells the view");
    }

    @Test
    void statusWhileRunning() {
        tracker.started(5, "Retrain x.glia", List.of("HC", "AD"), 2, 50);
        assertEquals("Cross-validation: 0 of 2 folds done", tracker.snapshot().status());
        tracker.epochEnded(5, 0, new EpochStats(1, 0.7, 0.5, Double.NaN, Double.NaN));
        assertEquals("Cross-validation: 0 of 2 folds done", tracker.snapshot().status());
        tracker.epochEnded(5, -1, new EpochStats(1, 0.65, 0.5, Double.NaN, Double.NaN));
        tracker.epochEnded(5, -1, new EpochStats(2, 0.6, 0.5, Double.NaN, Double.NaN));
        RunSnapshot s = tracker.snapshot();
        assertTrue(s.isRunning());
        assertEquals("Final training: epoch 2 of 50, loss 0.600", s.status());
        assertNull(s.confusion(), "no fold finished yet");
    }

    @Test
    void aRetrainingWithoutFolds() {
        tracker.started(6, "Retrain y.glia", List.of("HC", "AD"), 0, 10);
        assertEquals("Reading the cohort and starting\u2026", tracker.snapshot().status());
        for (int e = 1; e <= 10; e++) {
            tracker.epochEnded(6, -1, new EpochStats(e, 1.0 / e, 0.8, Double.NaN, Double.NaN));
        }
        tracker.finished(6, null, "Training was cancelled.", false);
        RunSnapshot s = tracker.snapshot();
        assertEquals(RunState.STOPPED, s.state());
        assertEquals("Training was cancelled.", s.status());
        assertEquals(1, s.series().size());
        assertEquals(10, s.series(Series.FINAL).length());
        assertTrue(s.foldTable().isEmpty());
    }

    @Test
    void theLatestRunIsShownAndOthersIgnored() throws Exception {
        new Runs(1, 5, 5, 5).play(tracker, "first", true);
        tracker.started(2, "second", List.of("HC", "AD"), 0, 10);
        tracker.epochEnded(1, -1, new EpochStats(9, 0.1, 1, Double.NaN, Double.NaN)); // late event of run 1
        tracker.epochEnded(2, -1, new EpochStats(1, 0.5, 0.5, Double.NaN, Double.NaN));
        RunSnapshot s = tracker.snapshot();
        assertEquals(2, s.run());
        assertEquals(1, s.series().size());
        assertEquals(1, s.series(Series.FINAL).length());
        assertNull(s.confusion());
        tracker.finished(3, null, "not this one", false);
        assertTrue(tracker.snapshot().isRunning());
    }

    @Test
    void aRepeatedEpochRestartsTheCurve() {
        tracker.started(8, "t", List.of("HC", "AD"), 0, 10);
        for (int e = 1; e <= 4; e++) {
            tracker.epochEnded(8, -1, new EpochStats(e, 1, 1, Double.NaN, Double.NaN));
        }
        tracker.epochEnded(8, -1, new EpochStats(2, 0.5, 1, Double.NaN, Double.NaN));
        Series s = tracker.snapshot().series(Series.FINAL);
        assertArrayEquals(new double[] {1, 2}, s.epochs());
        assertEquals(0.5, s.lastLoss());
    }

    @Test
    void nothingBeforeTheFirstRun() {
        assertNull(tracker.snapshot());
        assertEquals(-1, tracker.startedAt());
        tracker.started(9, "t", null, 0, 0);
        assertNotNull(tracker.snapshot());
        tracker.clear();
        assertNull(tracker.snapshot());
    }
}
