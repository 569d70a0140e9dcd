package org.glia.ui.controls.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.cohort.Subject;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.io.DataException;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.glia.model.GliaPackage;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.nn.MlpConversion;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.BrainDisplay;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.Comparison;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.StudyCohort;
import org.glia.ui.controls.SubjectRow;
import org.glia.ui.controls.SubjectRows;

/**
 * The control panel (paper §IV.A(3)): colour maps, intensity and transparency mappings of regions and edges,
 * threshold, opacity, top-k labels, explanation method, the test subject (with diagnosis and the model's
 * prediction), the class of class maps and difference maps (subject, class or version A minus B). Every change
 * applies at once to the active network editor and to the brain view.
 * <p>
 * A fresh view starts from the Glia preferences; its choices are saved in the view's memento and restored after
 * a restart (the subject and class once the cohort is read again). A subject selected in another view (the cohort
 * table) becomes the test subject.
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
    private ThresholdSection display;
    private ComboViewer method;
    private Label legend;
    private SubjectTable subjects;
    private Combo mapOf;
    private CompareSection compare;
    private final List<String> classes = new ArrayList<>();

    private ControlsState initial;
    private String pendingSubject;
    private String pendingClass;
    private NetworkGraphEditor editor;
    private Study study;
    private Job loadJob;
    private String problem;
    private boolean restoring;

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
                applyComparison();
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

    /** A subject selected elsewhere (the cohort table) becomes the test subject when this cohort has it. */
    private final ISelectionListener subjectSelection = (part, selection) -> {
        if (part != this && selection instanceof IStructuredSelection s && body != null && !body.isDisposed()) {
            Subject subject = Adapters.adapt(s.getFirstElement(), Subject.class);
            if (subject != null) {
                subjects.select(subject.id());
            }
        }
    };

    /** New or removed versions of the followed study become comparable at once. */
    private final Adapter versionWatch = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeature() == GliaPackage.Literals.STUDY__VERSIONS) {
                ui(() -> {
                    if (study != null && n.getNotifier() == study) {
                        compare.setOperands(subjectIds(), classes, versionIds(study));
                    }
                });
            }
        }
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        initial = ControlsState.load(memento, ControlsState.fromPreferences());
    }

    @Override
    public void saveState(IMemento memento) {
        if (body != null && !body.isDisposed()) {
            state().save(memento);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        ControlsState start = initial != null ? initial : ControlsState.fromPreferences();
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        createColours(start);
        regionMapping = new MappingSection(body, Messages.groupRegionMapping, this::applyBrain);
        edgeMapping = new MappingSection(body, Messages.groupEdgeMapping, this::applyNetwork);
        display = new ThresholdSection(body, this::applyBrain);
        createMethod();
        createSubjects();
        compare = new CompareSection(body, this::applyComparison);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        restore(start);
        getSite().getPage().addPartListener(parts);
        getSite().getPage().addSelectionListener(subjectSelection);
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

    private void createColours(ControlsState start) {
        Group g = group(Messages.groupColours, 2);
        colorMap = mapCombo(g, Messages.colorMap, start.colorMap());
        edgeColorMap = mapCombo(g, Messages.edgeColorMap, start.edgeColorMap());
        colorMap.addSelectionChangedListener(e -> applyColours());
        edgeColorMap.addSelectionChangedListener(e -> applyNetwork());
    }

    private static ComboViewer mapCombo(Composite parent, String label, String initialId) {
        new Label(parent, SWT.NONE).setText(label);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((ColorMap) o).name()));
        viewer.setInput(ColorMaps.all());
        selectMap(viewer, initialId);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        return viewer;
    }

    private static void selectMap(ComboViewer viewer, String id) {
        @SuppressWarnings("unchecked")
        List<ColorMap> maps = (List<ColorMap>) viewer.getInput();
        maps.stream().filter(m -> m.id().equals(id)).findFirst()
                .ifPresent(m -> viewer.setSelection(new StructuredSelection(m)));
    }

    private void createMethod() {
        Group g = group(Messages.groupMethod, 2);
        new Label(g, SWT.NONE).setText(Messages.method);
        method = new ComboViewer(g, SWT.READ_ONLY | SWT.DROP_DOWN);
        method.setContentProvider(ArrayContentProvider.getInstance());
        method.setLabelProvider(LabelProvider.createTextProvider(o -> ((MethodDescriptor) o).name()));
        method.setInput(AttributionMethods.available());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(method.getControl());
        legend = new Label(g, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(legend);
        selectMethod(AttributionMethods.PAPER);
        method.addSelectionChangedListener(e -> {
            showLegend();
            applyBrain();
        });
    }

    /** Selects a method by id (the first one offered when it is not installed). */
    private void selectMethod(String id) {
        @SuppressWarnings("unchecked")
        List<MethodDescriptor> methods = (List<MethodDescriptor>) method.getInput();
        methods.stream().filter(m -> m.id().equals(id)).findFirst().or(() -> methods.stream().findFirst())
                .ifPresent(m -> method.setSelection(new StructuredSelection(m)));
        showLegend();
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
        mapOf.addListener(SWT.Selection, e -> {
            pendingClass = null;
            applyMapSource();
        });
        subjects.showMessage(Messages.noModel);
    }

    /**
     * Shows a saved state and applies it to the brain and network, as after a restart: the subject and the class
     * are chosen as soon as the cohort lists them, a comparison as soon as its operands are known (the brain view
     * gets it at once).
     */
    public void restore(ControlsState s) {
        restoring = true;
        try {
            selectMap(colorMap, s.colorMap());
            selectMap(edgeColorMap, s.edgeColorMap());
            regionMapping.show(s.regions());
            edgeMapping.show(s.edges());
            display.show(s.threshold(), s.mode(), s.opacity(), s.topK());
            selectMethod(s.method());
            compare.select(s.comparison());
        } finally {
            restoring = false;
        }
        pendingSubject = s.subject();
        pendingClass = s.mapClass();
        if (pendingSubject != null && subjects.select(pendingSubject)) {
            pendingSubject = null;
        }
        if (pendingClass != null && classes.contains(pendingClass)) {
            mapOf.select(classes.indexOf(pendingClass) + 1);
            pendingClass = null;
            applyMapSource();
        } else if (pendingClass == null && mapOf.getSelectionIndex() > 0) {
            mapOf.select(0);
            applyMapSource();
        }
        applyColours();
        applyBrain();
        applyComparison();
    }

    /** Everything chosen now, as {@link #saveState} saves it. */
    public ControlsState state() {
        ColorMap map = selected(colorMap, ColorMap.class);
        ColorMap edges = selected(edgeColorMap, ColorMap.class);
        MethodDescriptor md = selected(method, MethodDescriptor.class);
        SubjectRow row = subjects.selection();
        int i = mapOf.getSelectionIndex();
        String mapClass = i > 0 && i - 1 < classes.size() ? classes.get(i - 1) : pendingClass;
        return new ControlsState(map == null ? ColorMaps.DEFAULT_ID : map.id(),
                edges == null ? ColorMaps.DEFAULT_ID : edges.id(), regionMapping.fields(), edgeMapping.fields(),
                display.thresholdText(), display.mode(), display.opacity(), display.topK(),
                md == null ? AttributionMethods.PAPER : md.id(), row != null ? row.id() : pendingSubject, mapClass,
                compare.comparison());
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
        watch(s);
        // what the user had chosen in the previous cohort is chosen again where this one has it
        SubjectRow old = subjects.selection();
        if (old != null && pendingSubject == null) {
            pendingSubject = old.id();
        }
        int shown = mapOf.getSelectionIndex();
        if (shown > 0 && shown - 1 < classes.size() && pendingClass == null) {
            pendingClass = classes.get(shown - 1);
        }
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

    /** Moves the version watch to the study now followed. */
    private void watch(Study s) {
        if (study != null) {
            study.eAdapters().remove(versionWatch);
        }
        study = s;
        if (s != null) {
            s.eAdapters().add(versionWatch);
        }
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
        if (pendingSubject != null && subjects.select(pendingSubject)) {
            pendingSubject = null;
        }
        if (pendingClass != null && classes.contains(pendingClass)) {
            mapOf.select(classes.indexOf(pendingClass) + 1);
            pendingClass = null;
            applyMapSource();
        }
        compare.setOperands(subjectIds(), classes, versionIds(s));
        applyComparison();
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
    }

    private List<String> subjectIds() {
        return subjects.rows().stream().map(SubjectRow::id).toList();
    }

    private static List<String> versionIds(Study s) {
        return s.getVersions().stream().map(ModelVersion::getId).filter(Objects::nonNull).toList();
    }

    /** Colour maps: the brain's, and the network's nodes and edges. */
    private void applyColours() {
        if (restoring) {
            return;
        }
        ColorMap map = selected(colorMap, ColorMap.class);
        BrainView brain = brainView();
        if (brain != null && map != null) {
            brain.setColorMap(map);
        }
        applyNetwork();
    }

    /** The network editor's colour maps and edge mapping. */
    private void applyNetwork() {
        if (restoring || editor == null || editor.getNetwork() == null) {
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
        if (restoring) {
            return;
        }
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

    /** The brain view's difference map (none, or A minus B). */
    private void applyComparison() {
        if (restoring) {
            return;
        }
        BrainView brain = brainView();
        if (brain != null) {
            brain.setComparison(compare.comparison());
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
        return new BrainDisplay(m.kind(), m.gamma(), m.min(), m.max(), display.threshold(), display.mode(),
                display.opacity() / 100.0, display.topK(), md == null ? AttributionMethods.PAPER : md.id());
    }

    private void applySubject() {
        SubjectRow row = subjects.selection();
        if (row == null) {
            return;
        }
        pendingSubject = null;
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
        if (body == null || body.isDisposed()) {
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
        selectMap(colorMap, id);
    }

    /** Types a threshold (blank: off) and chooses what happens below it, as the user would. */
    public void setThreshold(String text, ThresholdMode mode) {
        ControlsState s = state();
        display.show(text, mode, s.opacity(), s.topK());
        applyBrain();
    }

    /** Selects a subject in the picker, as the user would; false when it is not listed. */
    public boolean selectSubject(String id) {
        return subjects.select(id);
    }

    /** Chooses the class mean (null: the selected subject) for the brain map. */
    public void selectClass(String diagnosis) {
        pendingClass = null;
        mapOf.select(diagnosis == null ? 0 : classes.indexOf(diagnosis) + 1);
        applyMapSource();
    }

    /** Chooses a difference map (null: none), as the user would in the Compare group. */
    public void selectComparison(Comparison c) {
        compare.select(c);
        applyComparison();
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
        getSite().getPage().removeSelectionListener(subjectSelection);
        watch(null);
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }
}
