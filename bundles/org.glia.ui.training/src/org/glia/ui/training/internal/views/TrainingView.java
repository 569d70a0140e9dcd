package org.glia.ui.training.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.live.ConfusionMatrix;
import org.glia.ui.training.internal.live.FoldTable;
import org.glia.ui.training.internal.live.RecordedRun;
import org.glia.ui.training.internal.live.RunSnapshot;
import org.glia.ui.training.internal.live.RunState;
import org.glia.ui.training.internal.live.RunTracker;

/**
 * The Training view: the latest training run's loss and accuracy curves per epoch (one line per fold and the final
 * training, validation dashed), its fold results with mean ± sd and its confusion matrix summed over folds, updated
 * live while the run's jobs work and kept after it ended. Before any run, the active study's current version's
 * recorded metrics are shown.
 */
public final class TrainingView extends ViewPart {

    /** Redraws per second at most while a run reports. */
    static final int REDRAW_INTERVAL_MS = 100;
    private static final String KEY_SASH = "sash";
    private static final String KEY_CHARTS = "charts";
    private static final String KEY_TABLES = "tables";

    private RunTracker tracker;
    private RedrawThrottle throttle;
    private ActiveStudy active;
    private Label title;
    private Label status;
    private SashForm sash;
    private SashForm charts;
    private SashForm tables;
    private CurveChart loss;
    private CurveChart accuracy;
    private FoldTablePart folds;
    private ConfusionPart confusion;
    private Composite body;
    private RunSnapshot shown;
    private int liveRefreshes;
    private IMemento memento;

    @Override
    public void init(IViewSite site, IMemento state) throws PartInitException {
        super.init(site, state);
        memento = state;
    }

    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
        title = new Label(body, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        sash = new SashForm(body, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        charts = new SashForm(sash, SWT.VERTICAL);
        loss = new CurveChart(charts, Messages.chartLoss, Messages.axisLoss, false);
        accuracy = new CurveChart(charts, Messages.chartAccuracy, Messages.axisAccuracy, true);
        tables = new SashForm(sash, SWT.VERTICAL);
        folds = new FoldTablePart(group(tables, Messages.groupFolds));
        confusion = new ConfusionPart(group(tables, Messages.groupConfusion));
        restoreWeights();

        throttle = new RedrawThrottle(parent.getDisplay(), REDRAW_INTERVAL_MS, this::refresh);
        tracker = new RunTracker(throttle::request);
        TrainingEvents.addListener(tracker);
        active = new ActiveStudy(getSite().getPage(), this::refresh);
        refresh();
    }

    private static Composite group(Composite parent, String text) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(g);
        return g;
    }

    /** Shows the latest run as it is now (or the active study's recorded metrics); on the UI thread. */
    public void refresh() {
        if (title == null || title.isDisposed()) {
            return;
        }
        Study study = active.study();
        RunSnapshot s = tracker.snapshot();
        if (s == null) {
            s = study == null ? null : RecordedRun.of(study, shownVersion(study));
        } else if (s.confusion() == null && !s.isRunning() && s.folds() == 0) {
            ConfusionMatrix recorded = RecordedRun.recentConfusion(study, tracker.startedAt());
            if (recorded != null) {
                s = new RunSnapshot(s.run(), s.title(), s.status(), s.state(), s.classes(), s.folds(), s.epochs(),
                        s.series(), s.foldTable(), recorded);
            }
        }
        show(s);
    }

    /** The current version, else (a document that names none) the newest one. */
    private static ModelVersion shownVersion(Study study) {
        if (study.getCurrentVersion() != null || study.getVersions().isEmpty()) {
            return study.getCurrentVersion();
        }
        return study.getVersions().get(study.getVersions().size() - 1);
    }

    private void show(RunSnapshot s) {
        shown = s;
        if (s != null && s.isRunning()) {
            liveRefreshes++;
        }
        if (s == null) {
            title.setText(Messages.trainingNone);
            status.setText(Messages.trainingNoneHint);
            loss.show(List.of(), 0, false);
            accuracy.show(List.of(), 0, false);
            folds.show(FoldTable.EMPTY);
            confusion.show(null);
        } else {
            boolean recorded = s.state() == RunState.FROM_VERSION;
            title.setText(s.title());
            status.setText(s.status());
            int axis = s.isRunning() ? s.epochs() : 0;
            loss.show(s.series(), axis, recorded);
            accuracy.show(s.series(), axis, recorded);
            folds.show(s.foldTable());
            confusion.show(s.confusion());
        }
        title.getParent().layout(true);
    }

    /** What the view shows now (null: nothing yet). */
    public RunSnapshot shown() {
        return shown;
    }

    /** How many times the view was redrawn while a run was training (tests check it follows runs live). */
    public int liveRefreshes() {
        return liveRefreshes;
    }

    /** The view's top control (for screenshots). */
    public Composite control() {
        return body;
    }

    /** The runs followed (tests feed it or read it). */
    public RunTracker tracker() {
        return tracker;
    }

    /** The loss chart. */
    public Chart lossChart() {
        return loss.chart();
    }

    /** The accuracy chart. */
    public Chart accuracyChart() {
        return accuracy.chart();
    }

    /** The fold table; its last row holds mean ± sd. */
    public Table foldTable() {
        return folds.table();
    }

    /** The confusion matrix table: rows true class, columns predicted class, then the row total. */
    public Table confusionTable() {
        return confusion.table();
    }

    /** The confusion matrix caption. */
    public String confusionCaption() {
        return confusion.caption();
    }

    /** The title line. */
    public String titleText() {
        return title.getText();
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }

    @Override
    public void saveState(IMemento state) {
        if (sash == null || sash.isDisposed()) {
            return;
        }
        MementoInts.put(state, KEY_SASH, sash.getWeights());
        MementoInts.put(state, KEY_CHARTS, charts.getWeights());
        MementoInts.put(state, KEY_TABLES, tables.getWeights());
    }

    private void restoreWeights() {
        sash.setWeights(weights(KEY_SASH, 55, 45));
        charts.setWeights(weights(KEY_CHARTS, 50, 50));
        tables.setWeights(weights(KEY_TABLES, 55, 45));
    }

    private int[] weights(String key, int... defaults) {
        int[] saved = MementoInts.get(memento, key, defaults.length, 1);
        return saved == null ? defaults : saved;
    }

    @Override
    public void setFocus() {
        sash.setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            TrainingEvents.removeListener(tracker);
        }
        if (throttle != null) {
            throttle.dispose();
        }
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
