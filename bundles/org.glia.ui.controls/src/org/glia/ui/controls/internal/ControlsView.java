package org.glia.ui.controls.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.glia.cohort.Subject;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.io.DataException;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Study;
import org.glia.model.nn.MlpConversion;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.BrainDisplay;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.StudyCohort;

/**
 * The control panel (paper §IV.A(3)): colour maps, intensity and transparency mappings of regions and edges,
 * threshold, opacity, top-k labels, explanation method, the test subject (with diagnosis and the model's
 * prediction) and the class of class maps. Every change applies at once to the active network editor and to
 * the brain view.
 */
public final class ControlsView extends ViewPart {

    private static final int STUDY_WAIT_MS = 60_000;
    private static final int STUDY_POLL_MS = 200;

    private ScrolledComposite scroll;
    private Composite body;
    private ComboViewer colorMap;
    private ComboViewer edgeColorMap;
    private MappingSection regionMapping;
    private MappingSection edgeMapping;
    private Text threshold;
    private Button glass;
    private Button hide;
    private Scale opacity;
    private Spinner topK;
    private ComboViewer method;
    private Label legend;
    private SubjectTable subjects;
    private Combo mapOf;
    private final List<String> classes = new ArrayList<>();

    private NetworkGraphEditor editor;
    private Study study;
    private Job loadJob;
    private String problem;

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor e) {
                follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof BrainView) {
                // a brain view opened after the choices were made draws with them
                applyColours();
                applyBrain();
            } else {
                partActivated(ref);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                editor = null;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        createColours();
        regionMapping = new MappingSection(body, Messages.groupRegionMapping, this::applyBrain);
        edgeMapping = new MappingSection(body, Messages.groupEdgeMapping, this::applyNetwork);
        createThreshold();
        createMethod();
        createSubjects();
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        getSite().getPage().addPartListener(parts);
        if (getSite().getPage().getActiveEditor() instanceof NetworkGraphEditor e) {
            follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
        }
    }

    private Group group(String title, int columns) {
        Group g = new Group(body, SWT.NONE);
        g.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
        return g;
    }

    private void createColours() {
        Group g = group(Messages.groupColours, 2);
        colorMap = mapCombo(g, Messages.colorMap, brainView() != null ? brainView().colorMap() : ColorMaps.defaultMap());
        NetworkDisplaySettings s = NetworkDisplaySettings.DEFAULT;
        edgeColorMap = mapCombo(g, Messages.edgeColorMap, ColorMaps.find(s.edgeColorMap()).orElse(ColorMaps.defaultMap()));
        colorMap.addSelectionChangedListener(e -> applyColours());
        edgeColorMap.addSelectionChangedListener(e -> applyNetwork());
    }

    private static ComboViewer mapCombo(Composite parent, String label, ColorMap initial) {
        new Label(parent, SWT.NONE).setText(label);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((ColorMap) o).name()));
        List<ColorMap> maps = ColorMaps.all();
        viewer.setInput(maps);
        maps.stream().filter(m -> m.id().equals(initial.id())).findFirst()
                .ifPresent(m -> viewer.setSelection(new StructuredSelection(m)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        return viewer;
    }

    private void createThreshold() {
        Group g = group(Messages.groupThreshold, 3);
        new Label(g, SWT.NONE).setText(Messages.threshold);
        threshold = new Text(g, SWT.BORDER);
        threshold.setMessage(Messages.thresholdHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(threshold);
        threshold.addModifyListener(e -> applyBrain());
        new Label(g, SWT.NONE);
        glass = new Button(g, SWT.RADIO);
        glass.setText(Messages.belowGlass);
        glass.setSelection(true);
        hide = new Button(g, SWT.RADIO);
        hide.setText(Messages.belowHide);
        hide.addListener(SWT.Selection, e -> applyBrain());
        new Label(g, SWT.NONE).setText(Messages.opacity);
        opacity = new Scale(g, SWT.HORIZONTAL);
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(100);
        opacity.setPageIncrement(10);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(opacity);
        opacity.addListener(SWT.Selection, e -> applyBrain());
        new Label(g, SWT.NONE).setText(Messages.topK);
        topK = new Spinner(g, SWT.BORDER);
        topK.setValues(BrainDisplay.DEFAULT.topK(), 0, 50, 0, 1, 5);
        topK.addListener(SWT.Selection, e -> applyBrain());
        topK.addModifyListener(e -> applyBrain());
    }

    private void createMethod() {
        Group g = group(Messages.groupMethod, 2);
        new Label(g, SWT.NONE).setText(Messages.method);
        method = new ComboViewer(g, SWT.READ_ONLY | SWT.DROP_DOWN);
        method.setContentProvider(ArrayContentProvider.getInstance());
        method.setLabelProvider(LabelProvider.createTextProvider(o -> ((MethodDescriptor) o).name()));
        List<MethodDescriptor> methods = AttributionMethods.available();
        method.setInput(methods);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(method.getControl());
        legend = new Label(g, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(legend);
        methods.stream().filter(m -> m.id().equals(AttributionMethods.PAPER)).findFirst()
                .or(() -> methods.stream().findFirst())
                .ifPresent(m -> method.setSelection(new StructuredSelection(m)));
        showLegend();
        method.addSelectionChangedListener(e -> {
            showLegend();
            applyBrain();
        });
    }

    private void showLegend() {
        MethodDescriptor m = selected(method, MethodDescriptor.class);
        legend.setText(m == null ? "" : m.method().legend(ExplainContext.defaults()));
        body.layout(true, true);
    }

    private void createSubjects() {
        Group g = group(Messages.groupSubject, 2);
        subjects = new SubjectTable(g);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 160)
                .applyTo(subjects.viewer().getControl());
        subjects.viewer().addSelectionChangedListener(e -> applySubject());
        new Label(g, SWT.NONE).setText(Messages.mapOf);
        mapOf = new Combo(g, SWT.READ_ONLY | SWT.DROP_DOWN);
        mapOf.setItems(Messages.mapOfSubject);
        mapOf.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mapOf);
        mapOf.addListener(SWT.Selection, e -> applyMapSource());
        subjects.showMessage(Messages.noModel);
    }

    /** Follows an editor: once its study is read, lists the subjects of its cohort (loaded in a job). */
    private void follow(NetworkGraphEditor e, long deadline) {
        if (body.isDisposed()) {
            return;
        }
        editor = e;
        Study s = e.getStudy();
        if (s == null) {
            if (e.getLoadError() == null && System.currentTimeMillis() < deadline) {
                body.getDisplay().timerExec(STUDY_POLL_MS, () -> follow(e, deadline));
            }
            return;
        }
        if (s == study) {
            return;
        }
        study = s;
        if (loadJob != null) {
            loadJob.cancel();
        }
        subjects.showMessage(Messages.loadingCohort);
        Path file = e.getFile();
        String cohortPath = s.getCohortPath();
        String featureName = s.getFeatureSet();
        Job job = Job.create(Messages.loadingCohort, monitor -> {
            try {
                StudyCohort loaded = StudyCohort.load(file, cohortPath, featureName, monitor);
                ui(() -> {
                    if (study == s) {
                        showCohort(s, loaded);
                    }
                });
            } catch (DataException ex) {
                ui(() -> {
                    if (study == s) {
                        subjects.showMessage(Messages.bind(Messages.cannotLoad, ex.getMessage()));
                    }
                });
            } catch (OperationCanceledException ex) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        loadJob = job;
        job.schedule();
    }

    private void showCohort(Study s, StudyCohort loaded) {
        subjects.show(SubjectRows.of(loaded.cohort(), loaded.features(), s.getNetwork(), List.copyOf(s.getClasses())));
        Set<String> found = new LinkedHashSet<>(s.getClasses());
        for (Subject subject : loaded.cohort().subjects()) {
            found.add(subject.diagnosis());
        }
        classes.clear();
        classes.addAll(found);
        mapOf.removeAll();
        mapOf.add(Messages.mapOfSubject);
        classes.forEach(c -> mapOf.add(Messages.bind(Messages.mapOfClass, c)));
        mapOf.select(0);
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
    }

    /** Colour maps: the brain's, and the network's nodes and edges. */
    private void applyColours() {
        ColorMap map = selected(colorMap, ColorMap.class);
        BrainView brain = brainView();
        if (brain != null && map != null) {
            brain.setColorMap(map);
        }
        applyNetwork();
    }

    /** The network editor's colour maps and edge mapping. */
    private void applyNetwork() {
        if (editor == null || editor.getNetwork() == null) {
            return;
        }
        ColorMap nodes = selected(colorMap, ColorMap.class);
        ColorMap edges = selected(edgeColorMap, ColorMap.class);
        NetworkDisplaySettings s = editor.getSettings();
        if (nodes != null && edges != null) {
            s = s.withColorMaps(edges.id(), nodes.id());
        }
        try {
            s = s.withEdgeMapping(edgeMapping.choice().edgeMapping(MlpConversion.toMlp(editor.getNetwork())));
            report(null);
        } catch (IllegalArgumentException e) {
            report(Messages.bind(Messages.badEdgeMapping, e.getMessage()));
        }
        editor.setSettings(s);
    }

    /** The brain view's mapping, threshold, opacity, top-k and method. */
    private void applyBrain() {
        BrainDisplay d;
        try {
            d = brainDisplay();
            report(null);
        } catch (IllegalArgumentException e) {
            report(e.getMessage());
            return;
        }
        BrainView brain = brainView();
        if (brain != null) {
            brain.setDisplay(d);
        }
    }

    /**
     * The brain settings the fields describe.
     *
     * @throws IllegalArgumentException naming the field that does not hold a usable number
     */
    public BrainDisplay brainDisplay() {
        MappingChoice m = regionMapping.choice();
        MethodDescriptor md = selected(method, MethodDescriptor.class);
        return new BrainDisplay(m.kind(), m.gamma(), m.min(), m.max(),
                MappingSection.number(Messages.threshold, threshold), hide.getSelection() ? ThresholdMode.HIDE
                        : ThresholdMode.GLASS, opacity.getSelection() / 100.0, topK.getSelection(),
                md == null ? AttributionMethods.PAPER : md.id());
    }

    private void applySubject() {
        SubjectRow row = subjects.selection();
        if (row == null) {
            return;
        }
        if (editor != null) {
            editor.setSubject(row.id(), row.features());
        }
        if (mapOf.getSelectionIndex() <= 0) {
            BrainView brain = brainView();
            if (brain != null) {
                brain.showSubject(row.id());
            }
        }
    }

    private void applyMapSource() {
        int i = mapOf.getSelectionIndex();
        BrainView brain = brainView();
        if (brain == null) {
            return;
        }
        if (i > 0 && i - 1 < classes.size()) {
            brain.showClass(classes.get(i - 1));
        } else {
            SubjectRow row = subjects.selection();
            if (row != null) {
                brain.showSubject(row.id());
            }
        }
    }

    private void report(String message) {
        if (Objects.equals(message, problem)) {
            return;
        }
        problem = message;
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    private BrainView brainView() {
        return getSite() == null || getSite().getPage() == null ? null
                : getSite().getPage().findView(BrainUi.VIEW_ID) instanceof BrainView b ? b : null;
    }

    private static <T> T selected(ComboViewer viewer, Class<T> type) {
        Object o = viewer.getStructuredSelection().getFirstElement();
        return type.isInstance(o) ? type.cast(o) : null;
    }

    private void ui(Runnable r) {
        if (body.isDisposed()) {
            return;
        }
        body.getDisplay().asyncExec(() -> {
            if (!body.isDisposed()) {
                r.run();
            }
        });
    }

    /** Chooses a colour map for regions and nodes, as the user would. */
    public void selectColorMap(String id) {
        colorMap.setSelection(new StructuredSelection(ColorMaps.get(id)));
    }

    /** Types a threshold (blank: off) and chooses what happens below it, as the user would. */
    public void setThreshold(String text, ThresholdMode mode) {
        hide.setSelection(mode == ThresholdMode.HIDE);
        glass.setSelection(mode != ThresholdMode.HIDE);
        threshold.setText(text);
        applyBrain();
    }

    /** Selects a subject in the picker, as the user would; false when it is not listed. */
    public boolean selectSubject(String id) {
        return subjects.select(id);
    }

    /** Chooses the class mean (null: the selected subject) for the brain map. */
    public void selectClass(String diagnosis) {
        mapOf.select(diagnosis == null ? 0 : classes.indexOf(diagnosis) + 1);
        applyMapSource();
    }

    /** The subject rows listed (empty until the cohort is loaded). */
    public List<SubjectRow> subjectRows() {
        return subjects.rows();
    }

    /** The legend text of the chosen method. */
    public String methodLegend() {
        return legend.getText();
    }

    /** The view's top control (for screenshots). */
    public Composite control() {
        return scroll;
    }

    /** The last problem with a typed value, or null. */
    public String problem() {
        return problem;
    }

    /** A short label for a probability: two decimals. */
    static String percent(double p) {
        return Double.isNaN(p) ? Messages.noPrediction : String.format(Locale.ROOT, "%.2f", p);
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }
}
