package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.network.TrainingListener;
import org.glia.ui.network.internal.training.TrainingAnnouncer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a training run is announced to {@link TrainingEvents}: started before anything else and once, finished once,
 * and a listener that throws neither stops the announcements nor keeps the other listeners from hearing them.
 */
class TrainingEventsTest {

    private final List<TrainingListener> added = new ArrayList<>();

    @AfterEach
    void remove() {
        added.forEach(TrainingEvents::removeListener);
    }

    @Test
    void everyListenerHearsTheRunInOrderDespiteAFailingOne() {
        listen(new TrainingListener() {
            @Override
            public void started(long run, String title, List<String> classes, int folds, int epochs) {
                throw new IllegalStateException("a broken view");
            }

            @Override
            public void epochEnded(long run, int fold, EpochStats stats) {
                throw new IllegalStateException("a broken view");
            }

            @Override
            public void finished(long run, CvResult cv, String message, boolean ok) {
                throw new IllegalStateException("a broken view");
            }
        });
        Log log = new Log();
        listen(log);
        TrainingAnnouncer a = new TrainingAnnouncer("Retraining demo", List.of("HC", "AD"), 10, 200);
        a.started(4, 50);
        a.started(9, 9); // only the first start counts
        a.epochEnded(0, new EpochStats(1, 0.5, 0.6, Double.NaN, Double.NaN));
        a.epochEnded(-1, new EpochStats(1, 0.4, 0.7, Double.NaN, Double.NaN));
        a.foldEnded(new FoldResult(0, new int[] {0}, new int[] {0}, new double[][] {{0.9, 0.1}}, 1, 1, Double.NaN,
                new int[][] {{1, 0}, {0, 0}}, 1));
        a.finished(null, "v1 recorded", true);
        a.finished(null, "again", false);
        long run = a.run();
        assertEquals(List.of("started " + run + " Retraining demo [HC, AD] 4 folds 50 epochs", "epoch " + run + " 0 1",
                "epoch " + run + " -1 1", "fold " + run + " 0", "finished " + run + " v1 recorded true"), log.lines);
    }

    @Test
    void aRunThatEndsBeforeItStartsIsAnnouncedAsStartedFirst() {
        Log log = new Log();
        listen(log);
        TrainingAnnouncer a = new TrainingAnnouncer("Cross-validating demo", List.of("HC", "AD"), 10, 200);
        a.finished(null, "Cannot train: no cohort", false);
        long run = a.run();
        assertEquals(List.of("started " + run + " Cross-validating demo [HC, AD] 10 folds 200 epochs",
                "finished " + run + " Cannot train: no cohort false"), log.lines);
    }

    private void listen(TrainingListener l) {
        TrainingEvents.addListener(l);
        added.add(l);
    }

    /** Writes down what it hears. */
    private static final class Log implements TrainingListener {

        final List<String> lines = new ArrayList<>();

        @Override
        public void started(long run, String title, List<String> classes, int folds, int epochs) {
            lines.add("started " + run + " " + title + " " + classes + " " + folds + " folds " + epochs + " epochs");
        }

        @Override
        public void epochEnded(long run, int fold, EpochStats stats) {
            lines.add("epoch " + run + " " + fold + " " + stats.epoch());
        }

        @Override
        public void foldEnded(long run, FoldResult result) {
            lines.add("fold " + run + " " + result.fold());
        }

        @Override
        public void finished(long run, CvResult cv, String message, boolean ok) {
            lines.add("finished " + run + " " + message + " " + ok);
        }
    }
}
