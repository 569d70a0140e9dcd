package org.glia.ui.regions.internal.heatmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.ui.RegionSelection;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.StudyLoad;
import org.glia.ui.regions.internal.Messages;
import org.glia.ui.regions.internal.Numbers;
import org.glia.ui.RegionSelectionProvider;

/**
 * The heatmap (the paper's Figure 5): the importance of every brain region (rows) for every node of a hidden
 * layer or every class (columns), with the attribution method and the subject or class chosen in the view,
 * computed in a job from the active network editor's study. Rows and columns are ordered by similarity unless
 * the natural order is asked for. Hover a cell for its value; click one to pick its node in the network editor
 * and select its region everywhere.
 */
public final class HeatmapView extends ViewPart {

    private static final int STUDY_WAIT_MS = 60_000;
    private static final int STUDY_POLL_MS = 200;
    private static final int EDIT_DELAY_MS = 300;

    private Composite stack;
    private StackLayout layout;
    private Label empty;
    private Composite page;
    private HeatmapChoices choices;
    private HeatmapCanvas canvas;
    private final RegionSelectionProvider selection = new RegionSelectionProvider();
    private IMemento memento;

    private NetworkGraphEditor editor;
    private Study study;
    private HeatmapCohort cohort;
    private Job loadJob;
    private HeatmapJobs jobs;
    private boolean editScheduled;
    private HeatmapData computed;
    private HeatmapData shown;
    private HeatmapColors colors;
    private String status;

    private final CommandStackListener stackListener = e -> ui(this::modelEdited);

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor e) {
                follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                forget();
            }
        }
    };

    @Override
    public void init(IViewSite site, IMemento saved) throws PartInitException {
        super.init(site, saved);
        memento = saved;
    }

    @Override
    public void saveState(IMemento state) {
        choices.save(state);
    }

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        empty = new Label(stack, SWT.CENTER | SWT.WRAP);
        empty.setText(Messages.heatmapNoModel);
        page = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        choices = new HeatmapChoices(page, memento, change -> {
            if (change == HeatmapChoices.Change.ORDER) {
                reorder();
            } else {
                compute();
            }
        });
        canvas = new HeatmapCanvas(page);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        jobs = new HeatmapJobs(stack, this::install, why -> showEmpty(Messages.bind(Messages.heatmapCannotCompute, why)));
        canvas.onHover(this::hovered);
        canvas.onClick(this::clicked);
        layout.topControl = empty;
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPartListener(parts);
        if (getSite().getPage().getActiveEditor() instanceof NetworkGraphEditor e) {
            follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
        }
    }

    /** Follows an editor: once its study is read, loads its cohort in a job and computes the heatmap. */
    private void follow(NetworkGraphEditor e, long deadline) {
        if (stack.isDisposed()) {
            return;
        }
        Study s = e.getStudy();
        if (s == null) {
            if (e.getLoadError() == null && System.currentTimeMillis() < deadline) {
                stack.getDisplay().timerExec(STUDY_POLL_MS, () -> follow(e, deadline));
            }
            return;
        }
        if (s == study && e == editor) {
            return;
        }
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = e;
        editor.getCommandStack().addCommandStackListener(stackListener);
        study = s;
        cohort = null;
        cancel(loadJob);
        jobs.cancel();
        showEmpty(Messages.heatmapLoading);
        Path file = e.getFile();
        String cohortPath = s.getCohortPath();
        String featureName = s.getFeatureSet();
        loadJob = StudyLoad.start(Messages.heatmapLoading, stack,
                monitor -> HeatmapCohort.load(file, cohortPath, featureName, monitor), () -> study == s, loaded -> {
                    cohort = loaded;
                    rebuildChoices();
                    compute();
                }, ex -> showEmpty(Messages.bind(Messages.heatmapCannotLoad, ex.getMessage())));
    }

    /** The editor was closed: nothing to show. */
    private void forget() {
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = null;
        study = null;
        cohort = null;
        computed = null;
        shown = null;
        cancel(loadJob);
        jobs.cancel();
        canvas.setHeatmap(null, null);
        showEmpty(Messages.heatmapNoModel);
    }

    /** The network was edited (or retrained): recompute shortly, once for a burst of edits. */
    private void modelEdited() {
        if (editScheduled || cohort == null) {
            return;
        }
        editScheduled = true;
        stack.getDisplay().timerExec(EDIT_DELAY_MS, () -> {
            editScheduled = false;
            if (stack.isDisposed() || editor == null) {
                return;
            }
            if (editor.getStudy() != study) {
                follow(editor, System.currentTimeMillis() + STUDY_WAIT_MS); // the document was replaced
            } else {
                rebuildChoices();
                compute();
            }
        });
    }

    /** Offers the study's hidden layers and classes and the cohort's subjects as choices. */
    private void rebuildChoices() {
        choices.offer(Networks.sizes(study.getNetwork()), List.copyOf(study.getClasses()), cohort);
    }

    /** Computes the values for the current choices in a job, then orders and shows them. */
    private void compute() {
        if (study == null || cohort == null) {
            return;
        }
        HeatmapComputation.Inputs inputs;
        try {
            inputs = cohort.inputs(study);
        } catch (IllegalArgumentException e) {
            jobs.cancel();
            showEmpty(Messages.bind(Messages.heatmapCannotCompute, e.getMessage()));
            return;
        }
        MethodDescriptor method = choices.method();
        setContentDescription(Messages.heatmapComputing);
        jobs.compute(inputs, choices.columns(), choices.source(), method, choices.title(method), choices.natural());
    }

    /** Orders the values already computed again (natural order switched). */
    private void reorder() {
        if (computed == null || jobs.valuesPending()) {
            compute(); // the values on their way are not those of the current choices
            return;
        }
        setContentDescription(Messages.heatmapComputing);
        jobs.reorder(computed, choices.natural());
    }

    private void install(HeatmapData values, HeatmapData display) {
        computed = values;
        shown = display;
        colors = HeatmapColors.of(display, HeatmapColors.userMap(display.signed()));
        canvas.setHeatmap(display, colors);
        setContentDescription("");
        layout.topControl = page;
        stack.layout(true, true);
    }

    private void hovered(int row, int column) {
        String text = null;
        if (shown != null && row >= 0 && column >= 0) {
            text = Messages.bind(Messages.heatmapCell, new Object[] {shown.rowName(row), shown.columnName(column),
                Numbers.format(shown.value(row, column), 4)});
        }
        if (Objects.equals(text, status)) {
            return;
        }
        status = text;
        canvas.setToolTipText(text);
        getViewSite().getActionBars().getStatusLineManager().setMessage(text);
    }

    /** Picks a cell as a click does: its node in the editor, its region as the selection. */
    public void clicked(int row, int column) {
        if (shown == null || row < 0 || column < 0 || row >= shown.rows() || column >= shown.columns()) {
            return;
        }
        canvas.setPicked(row, column);
        if (editor != null && editor.getStudy() == study) {
            editor.setPick(NetworkPick.node(shown.level(), shown.columnNode(column), shown.columnName(column)));
        }
        selection.select(shown.region(row, column));
    }

    /** Chooses the columns: a hidden level's nodes or the classes (each class's own subjects then). */
    public void setColumns(HeatmapColumns c) {
        if (choices.setColumns(c)) {
            compute();
        }
    }

    /** Chooses whose inputs: a subject, a class mean, or (class columns) each class's own subjects. */
    public void setSource(HeatmapSource s) {
        if (choices.setSource(s)) {
            compute();
        }
    }

    /** Chooses the attribution method by id. */
    public void setMethod(String id) {
        if (choices.setMethod(id)) {
            compute();
        }
    }

    /** Keeps the network's order (true) or orders rows and columns by similarity (false). */
    public void setNaturalOrder(boolean keep) {
        if (choices.setNatural(keep)) {
            reorder();
        }
    }

    /** Shows the whole heatmap again. */
    public void fit() {
        canvas.fit();
    }

    /** Writes the heatmap as drawn to a PNG; false when there is none. */
    public boolean exportPng(Path file) throws IOException {
        if (shown == null) {
            return false;
        }
        HeatmapExports.png(canvas.snapshot(), file);
        return true;
    }

    /** Writes the heatmap as SVG (see {@link HeatmapSvg}); false when there is none. */
    public boolean exportSvg(Path file) throws IOException {
        if (shown == null) {
            return false;
        }
        HeatmapExports.svg(shown, colors, file);
        return true;
    }

    /** Writes the heatmap as CSV in display order (see {@link HeatmapCsv}); false when there is none. */
    public boolean exportCsv(Path file) throws IOException {
        if (shown == null) {
            return false;
        }
        HeatmapExports.csv(shown, file);
        return true;
    }

    /** The heatmap as displayed (ordered), or null. */
    public HeatmapData data() {
        return shown;
    }

    /** The colours of the heatmap shown, or null. */
    public HeatmapColors colors() {
        return colors;
    }

    /** The heatmap in the network's order, or null. */
    public HeatmapData naturalData() {
        return computed;
    }

    /** True once a heatmap is shown and no computation is running. */
    public boolean isComputed() {
        return shown != null && !jobs.busy();
    }

    /** The chosen columns, or null before a model is followed. */
    public HeatmapColumns columns() {
        return choices.columns();
    }

    /** Whose inputs, or null before a model is followed. */
    public HeatmapSource source() {
        return choices.source();
    }

    /** The chosen method's id. */
    public String methodId() {
        return choices.methodId();
    }

    /** The drawing (tests click it). */
    public HeatmapCanvas canvas() {
        return canvas;
    }

    /** The region selected by a click, or null. */
    public RegionSelection selectedRegion() {
        return selection.region();
    }

    /** The empty-state sentence. */
    public String emptyMessage() {
        return empty.getText();
    }

    /** True while the empty state is shown. */
    public boolean isEmpty() {
        return layout.topControl == empty;
    }

    /** The view's top control (screenshots). */
    public Composite control() {
        return stack;
    }

    private void showEmpty(String message) {
        if (empty.isDisposed()) {
            return;
        }
        empty.setText(message);
        layout.topControl = empty;
        stack.layout(true, true);
        setContentDescription("");
    }

    private void ui(Runnable r) {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        stack.getDisplay().asyncExec(() -> {
            if (!stack.isDisposed()) {
                r.run();
            }
        });
    }

    private static void cancel(Job job) {
        if (job != null) {
            job.cancel();
        }
    }

    @Override
    public void setFocus() {
        if (layout.topControl == page) {
            canvas.setFocus();
        } else {
            stack.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        cancel(loadJob);
        jobs.cancel();
        super.dispose();
    }
}
