package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import java.util.stream.IntStream;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.Stat;
import org.glia.train.jobs.RetrainJob;
import org.glia.ui.GliaUi;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.network.TrainingListener;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.live.RunSnapshot;
import org.glia.ui.training.internal.live.RunState;
import org.glia.ui.training.internal.live.Series;
import org.glia.ui.training.internal.views.TrainingView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Training view in the running workbench (UI harness, UI thread, Xvfb): synthetic runs told through
 * {@link TrainingEvents} from worker threads draw the right curves, fold table and confusion matrix; a real
 * cross-validation of a small demo study updates it while it runs and leaves it showing the result (screenshot
 * {@code docs/images/training-view.png} when {@code glia.root} is set). Skipped outside a running workbench.
 */
class TrainingViewUiTest {

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private TrainingView view;

    @BeforeEach
    void workbench() throws Exception {
        Assumptions.assumeTrue(Ui.workbenchRunning(), "needs the running workbench (Tycho UI harness)");
        page = Ui.page();
        view = (TrainingView) page.showView(GliaUi.VIEW_TRAINING);
    }

    @AfterEach
    void close() {
        if (page != null) {
            Job.getJobManager().cancel(RetrainJob.FAMILY);
            page.closeAllEditors(false);
            Ui.hide(view);
        }
    }

    @Test
    void syntheticRunDrawsCurvesFoldsAndConfusion() throws Exception {
        Runs run = new Runs(TrainingEvents.nextRun(), 40, 60, 45, 50);
        Thread worker = new Thread(() -> {
            try {
                run.play(new Ui.Broadcast(), "v5: CV accuracy 0.85 \u00b1 0.03 (3 folds)", true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "synthetic run");
        worker.start();
        Ui.await(() -> !worker.isAlive() && shows(run.run, RunState.RECORDED), 20_000);
        RunSnapshot s = view.shown();
        assertNotNull(s);
        assertEquals(RunState.RECORDED, s.state());
        assertEquals("Synthetic run", view.titleText());
        assertEquals("v5: CV accuracy 0.85 \u00b1 0.03 (3 folds)", view.statusText());

        for (Chart chart : List.of(view.lossChart(), view.accuracyChart())) {
            assertEquals(60, length(chart, "Fold 1"));
            assertEquals(60, length(chart, "Fold 1 (validation)"), "the first fold reports validation values");
            assertEquals(45, length(chart, "Fold 2"));
            assertEquals(50, length(chart, "Fold 3"));
            assertEquals(40, length(chart, "Final training"));
            assertNull(chart.getSeriesSet().getSeries("Fold 2 (validation)"), "no validation, no dashed line");
            assertEquals(5, chart.getSeriesSet().getSeries().length);
        }
        assertEquals(Runs.loss(1, 45), last(view.lossChart(), "Fold 2"), 1e-12);
        assertEquals(1 - Runs.loss(1, 45), last(view.accuracyChart(), "Fold 2"), 1e-12);

        Table folds = view.foldTable();
        assertEquals(4, folds.getItemCount(), "three folds and the mean");
        assertEquals("1", folds.getItem(0).getText(0));
        assertEquals("60", folds.getItem(0).getText(4));
        assertEquals("n/a", folds.getItem(0).getText(3), "fold 1's AUC is undefined");
        Stat acc = new CvResult(run.folds, 2).accuracy();
        assertEquals(Format.meanSd(acc), folds.getItem(3).getText(1));
        assertEquals("0.900 \u00b1 0.000", folds.getItem(3).getText(3), "the undefined AUC is left out of the mean");

        Table confusion = view.confusionTable();
        assertEquals(2, confusion.getItemCount());
        assertEquals(List.of("HC", "9", "0", "9"), cells(confusion.getItem(0)));
        assertEquals(List.of("AD", "3", "6", "9"), cells(confusion.getItem(1)));
        assertEquals("HC", confusion.getColumn(1).getText());
        assertTrue(view.confusionCaption().contains("15 of 18 right"), view.confusionCaption());
    }

    @Test
    void aSlowRunIsFollowedLive() throws Exception {
        int before = view.liveRefreshes();
        long run = TrainingEvents.nextRun();
        TrainingListener l = new Ui.Broadcast();
        l.started(run, "Slow run", Runs.CLASSES, 0, 60);
        Thread worker = new Thread(() -> {
            for (int e = 1; e <= 60; e++) {
                l.epochEnded(run, -1, new EpochStats(e, 1.0 / e, 0.5, Double.NaN, Double.NaN));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }, "slow run");
        long start = System.currentTimeMillis();
        worker.start();
        Ui.await(() -> !worker.isAlive(), 10_000);
        Ui.await(() -> shows(run, RunState.RUNNING) && view.shown().series(Series.FINAL).length() == 60, 2_000);
        long elapsed = System.currentTimeMillis() - start;
        int redraws = view.liveRefreshes() - before;
        assertTrue(redraws >= 3, "redrawn while it ran: " + redraws);
        assertTrue(redraws <= elapsed / 100 + 3, "coalesced: " + redraws + " redraws in " + elapsed + " ms");
        assertTrue(view.statusText().startsWith("Final training: epoch 60 of 60"), view.statusText());
        l.finished(run, null, "Cancelled", false);
        Ui.await(() -> shows(run, RunState.STOPPED), 2_000);
        assertEquals("Cancelled", view.statusText());
        assertEquals(60, length(view.lossChart(), "Final training"), "the curves stay after the end");
    }

    @Test
    void aRealCrossValidationUpdatesTheView() throws Exception {
        NetworkGraphEditor editor = Workbench.openModel(page, DemoStudy.write(dir, "training.glia", true));
        // (that it redraws while a run trains is checked by aSlowRunIsFollowedLive: this run may be over before
        // a busy UI thread gets to it)
        Ui.train(editor, Ui.CROSS_VALIDATE, 2);
        Ui.await(() -> view.shown() != null && view.shown().state() == RunState.RECORDED, 5_000);
        RunSnapshot s = view.shown();
        assertEquals(RunState.RECORDED, s.state(), "the run's end was told: " + view.statusText());
        assertTrue(s.title().contains("training.glia"), s.title());
        assertTrue(view.statusText().contains("v2"), "the recorded version: " + view.statusText());
        assertEquals(5, s.folds());
        for (int f = 0; f < 5; f++) {
            Series fold = s.series(f);
            assertNotNull(fold, "fold " + f);
            assertTrue(fold.length() >= 1 && fold.length() <= 300, "fold " + f + ": " + fold.length());
            assertTrue(fold.hasValidation(), "early stopping reports validation values");
            assertEquals(fold.length(), length(view.lossChart(), "Fold " + (f + 1)));
        }
        assertNotNull(s.series(Series.FINAL), "the final training");
        assertEquals(6, view.foldTable().getItemCount(), "five folds and the mean");
        assertEquals(30, s.confusion().total(), "each HC and AD subject tested once");
        editor.getEditorSite().getPage().activate(view);
        page.toggleZoom(page.getReference(view));
        try {
            Workbench.settle(500);
            Workbench.capture(view.control(), "training-view.png");
        } finally {
            page.toggleZoom(page.getReference(view));
        }
    }

    @Test
    void beforeAnyRunTheCurrentVersionsMetricsAreShown() throws Exception {
        // a view opened afresh has seen no run
        Ui.hide(view);
        NetworkGraphEditor editor = Workbench.openModel(page, DemoStudy.write(dir, "recorded.glia", false));
        Ui.train(editor, Ui.CROSS_VALIDATE, 1);
        view = (TrainingView) page.showView(GliaUi.VIEW_TRAINING);
        page.activate(editor);
        Ui.await(() -> view.shown() != null, 5_000);
        RunSnapshot s = view.shown();
        assertNotNull(s, "the current version's metrics");
        assertEquals(RunState.FROM_VERSION, s.state());
        assertTrue(view.titleText().startsWith("Version v1 of recorded.glia"), view.titleText());
        assertTrue(view.statusText().startsWith("CV accuracy"), view.statusText());
        assertEquals(11, view.foldTable().getItemCount(), "ten folds and the mean");
        assertEquals(30, s.confusion().total());
        assertEquals(0, view.lossChart().getSeriesSet().getSeries().length);
    }

    private boolean shows(long run, RunState state) {
        RunSnapshot s = view.shown();
        return s != null && s.run() == run && s.state() == state;
    }

    private static int length(Chart chart, String series) {
        ISeries<?> s = chart.getSeriesSet().getSeries(series);
        assertNotNull(s, series);
        return s.getYSeries().length;
    }

    private static double last(Chart chart, String series) {
        double[] y = chart.getSeriesSet().getSeries(series).getYSeries();
        return y[y.length - 1];
    }

    private static List<String> cells(TableItem item) {
        int n = item.getParent().getColumnCount();
        return IntStream.range(0, n).mapToObj(item::getText).toList();
    }
}
