package org.glia.ui.brain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.glia.atlas.LabelTable;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Study;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.brain.internal.BrainMenus;
import org.glia.ui.brain.internal.BrainPreferences;
import org.glia.ui.brain.internal.ColorBarLegend;
import org.glia.ui.brain.internal.ExportJob;
import org.glia.ui.brain.internal.MapInput;
import org.glia.ui.brain.internal.MapInputs;
import org.glia.ui.brain.internal.MapRefused;
import org.glia.ui.brain.internal.MapSource;
import org.glia.ui.brain.internal.MapTitles;
import org.glia.ui.brain.internal.Messages;
import org.glia.ui.brain.internal.RegionInfo;
import org.glia.ui.brain.internal.RegionMaps;
import org.glia.ui.RegionSelectionProvider;
import org.glia.ui.brain.internal.StudyData;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.StudyLoad;

/**
 * The 3D brain (the paper's rendering window): the atlas of the open model's cohort, each region coloured by
 * the picked network node's importance (the paper's rule) for the chosen subject or class, with a colour bar.
 * The names of the top-k regions are written in the scene. Drag to rotate, right- or middle-drag to pan, wheel
 * to zoom; hover or click a region for its name, value and rank; a click makes it the selection, and a region
 * selected in another view (a {@link RegionSelection}) is highlighted here.
 * <p>
 * It follows the network editor: the active editor's study gives the cohort (loaded with its meshes in a
 * job), and the editor's {@link NetworkPick} selection gives the node. Instead of one map it can show a
 * difference map ({@link Comparison}). Every map it shows is announced through {@link ShownMaps}.
 */
public final class BrainView extends ViewPart {

    /** How long the view waits for an editor that is still loading its document before giving up. */
    private static final int STUDY_WAIT_MS = 60_000;
    private static final int STUDY_POLL_MS = 200;
    /** Memento key of the camera pose. */
    private static final String KEY_CAMERA = "camera";

    private Composite stack;
    private StackLayout layout;
    private Label emptyLabel;
    private Composite brainPage;
    private BrainCanvas brain;
    private ColorBarLegend legend;
    private final RegionSelectionProvider selection = new RegionSelectionProvider();
    private BrainMenus menus;

    private Path studyFile;
    private Study study;
    private StudyData data;
    private NetworkPick pick;
    private MapSource source;
    private Job loadJob;
    private Job mapJob;
    private int mapGeneration;
    private String emptyMessage = Messages.emptyBrain;
    private String status;
    private boolean statusError;
    private RegionSelection hovered;
    private boolean mapReady;
    private BrainDisplay display = BrainDisplay.DEFAULT;
    /** The camera of the previous session (from the memento), applied to the first scene shown. */
    private double[] savedPose;
    private Comparison comparison;
    /** The comparison whose difference the scene's values are (null: a single map). */
    private Comparison shownComparison;

    private final ISelectionListener pickListener = (part, s) -> {
        if (part instanceof NetworkGraphEditor editor) {
            follow(editor);
            NetworkPick p = first(s);
            if (p != null && p.isNode()) {
                setPick(p);
            }
        } else if (part != this && s instanceof IStructuredSelection ss
                && ss.getFirstElement() instanceof RegionSelection r) {
            showSelected(r);
        }
    };

    /**
     * The followed editor's pick, heard from its own selection provider: it also changes while another part is
     * active (a heatmap click picks a node), when the page's selection listeners hear nothing of it. A part-id
     * listener ({@code addSelectionListener(editorId, ..)}) would not do: the E4 compatibility layer files every
     * 3.x editor under one generic part id, so a listener for the editor's own id is never called.
     */
    private final ISelectionChangedListener followedPickListener = e -> {
        NetworkPick p = first(e.getSelection());
        if (p != null && p.isNode() && !stack.isDisposed()) {
            setPick(p);
        }
    };
    /** The selection provider of the followed editor, which {@link #followedPickListener} hears, or null. */
    private ISelectionProvider followed;

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor editor) {
                follow(editor);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor editor && provider(editor) == followed) {
                listenTo(null);
            }
            if (ref.getPart(false) instanceof NetworkGraphEditor editor && study != null
                    && editor.getStudy() == study) {
                forgetStudy();
            }
        }
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        String pose = memento == null ? null : memento.getString(KEY_CAMERA);
        if (pose != null) {
            try {
                savedPose = java.util.Arrays.stream(pose.trim().split("\\s+")).mapToDouble(Double::parseDouble)
                        .toArray();
            } catch (NumberFormatException e) {
                savedPose = null; // a damaged memento: start from the home view
            }
        }
    }

    /** Saves the camera (orientation, distance, centre) so that a restart shows the brain as it was left. */
    @Override
    public void saveState(IMemento memento) {
        super.saveState(memento);
        double[] pose = brain != null && brain.camera() != null ? brain.camera().pose() : savedPose;
        if (pose != null) {
            StringBuilder text = new StringBuilder();
            for (double v : pose) {
                text.append(text.isEmpty() ? "" : " ").append(v);
            }
            memento.putString(KEY_CAMERA, text.toString());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        emptyLabel = new Label(stack, SWT.CENTER | SWT.WRAP);
        emptyLabel.setText(emptyMessage);
        brainPage = new Composite(stack, SWT.NONE);
        brainPage.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(brainPage);
        try {
            brain = new BrainCanvas(brainPage);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(brain.control());
            legend = new ColorBarLegend(brainPage);
            GridDataFactory.fillDefaults().grab(false, true).applyTo(legend);
            brain.onHover(this::hovered);
            brain.onClick(this::clicked);
            brain.onFailure(() -> showEmpty(Messages.bind(Messages.noGl, brain.failure())));
        } catch (RuntimeException | LinkageError e) {
            brain = null;
            emptyMessage = Messages.bind(Messages.noGl, e.getMessage());
            emptyLabel.setText(emptyMessage);
        }
        layout.topControl = emptyLabel;
        getSite().setSelectionProvider(selection);
        menus = new BrainMenus(this);
        menus.setColorMap(BrainPreferences.colorMap());
        menus.fill(getViewSite().getActionBars().getMenuManager());
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(BrainUi.CONTEXT_ID);
        }
        getSite().getPage().addSelectionListener(pickListener);
        getSite().getPage().addPartListener(editorListener);
        if (getSite().getPage().getActiveEditor() instanceof NetworkGraphEditor editor) {
            follow(editor);
            NetworkPick p = first(editor.getSite().getSelectionProvider().getSelection());
            if (p != null && p.isNode()) {
                pick = p;
            }
        }
    }

    /** Follows an editor's study, waiting while the editor is still reading its document. */
    private void follow(NetworkGraphEditor editor) {
        follow(editor, System.currentTimeMillis() + STUDY_WAIT_MS);
    }

    private void follow(NetworkGraphEditor editor, long deadline) {
        if (stack.isDisposed()) {
            return;
        }
        listenTo(editor);
        Study s = editor.getStudy();
        if (s != null) {
            showStudy(editor.getFile(), s);
        } else if (editor.getLoadError() == null && System.currentTimeMillis() < deadline) {
            stack.getDisplay().timerExec(STUDY_POLL_MS, () -> follow(editor, deadline));
        }
    }

    /** Hears the picks of this editor (null: of none) from now on, and no longer those of the one before. */
    private void listenTo(NetworkGraphEditor editor) {
        ISelectionProvider provider = provider(editor);
        if (provider == followed) {
            return;
        }
        if (followed != null) {
            followed.removeSelectionChangedListener(followedPickListener);
        }
        followed = provider;
        if (provider != null) {
            provider.addSelectionChangedListener(followedPickListener);
        }
    }

    private static ISelectionProvider provider(NetworkGraphEditor editor) {
        return editor == null || editor.getSite() == null ? null : editor.getSite().getSelectionProvider();
    }

    /**
     * Shows the brain of a study's cohort: loads the cohort and its atlas's meshes in a job (the empty state
     * says so meanwhile, or says why it cannot be shown). Nothing happens for the study already shown.
     */
    public void showStudy(Path file, Study s) {
        if (s == study && Objects.equals(file, studyFile)) {
            return;
        }
        studyFile = file;
        study = s;
        data = null;
        source = null;
        mapReady = false;
        mapGeneration++;
        cancel(loadJob);
        cancel(mapJob);
        ShownMaps.publish(null);
        if (brain == null) {
            return;
        }
        brain.setScene(null);
        legend.show(null, "");
        showEmpty(Messages.bind(Messages.loadingStudy, file.getFileName()));
        String cohortPath = s.getCohortPath();
        String featureName = s.getFeatureSet();
        int budget = BrainPreferences.triangleBudget();
        loadJob = StudyLoad.start(Messages.loadingBrain, stack,
                monitor -> StudyData.load(file, cohortPath, featureName, budget, monitor), () -> study == s,
                this::install, e -> showEmpty(Messages.bind(Messages.cannotShow, e.getMessage())));
    }

    /** The model shown was closed: back to the empty state, with no map announced. */
    private void forgetStudy() {
        study = null;
        studyFile = null;
        data = null;
        source = null;
        mapReady = false;
        mapGeneration++;
        cancel(loadJob);
        cancel(mapJob);
        ShownMaps.publish(null);
        setContentDescription("");
        if (brain == null || brain.failure() != null) {
            return;
        }
        brain.setScene(null);
        legend.show(null, "");
        showEmpty(Messages.emptyBrain);
    }

    private void install(StudyData loaded) {
        data = loaded;
        BrainScene scene = loaded.scene();
        shownComparison = null;
        applyLook(scene);
        if (source == null && !loaded.cohort().subjects().isEmpty()) {
            source = MapSource.subject(loaded.cohort().subjects().get(0).id());
        }
        brain.setScene(scene);
        if (savedPose != null) {
            // the view of the previous session, once: later studies start from the home view
            brain.setPose(savedPose);
            savedPose = null;
        }
        layout.topControl = brainPage;
        stack.layout(true, true);
        updateLegend();
        computeMap();
    }

    /** Colours the brain by this node's importance (a node pick; edges are ignored). */
    public void setPick(NetworkPick p) {
        if (p == null || !p.isNode() || p.equals(pick)) {
            return;
        }
        pick = p;
        computeMap();
    }

    /** Chooses whose map is shown: a subject's or a class mean. */
    public void setMapSource(MapSource s) {
        source = Objects.requireNonNull(s);
        computeMap();
    }

    /**
     * Shows a difference map (the picked node's map of {@code c.a()} minus that of {@code c.b()}, with the
     * chosen method and the diverging colour map) instead of a single map; null goes back to the single map.
     * A comparison that cannot be made (unknown subject, class or version, a version with another input
     * size, a version without the picked node) says why in the status line and in the empty state shown
     * instead of the brain until a map can be shown again.
     */
    public void setComparison(Comparison c) {
        if (Objects.equals(c, comparison)) {
            return;
        }
        comparison = c;
        computeMap();
    }

    /** The difference map asked for (shown once computed), or null for a single map. */
    public Comparison getComparison() {
        return comparison;
    }

    /** Whose map is shown, or null before a cohort is loaded. */
    public MapSource mapSource() {
        return source;
    }

    /** Changes the colour map (applies at once). */
    public void setColorMap(ColorMap map) {
        menus.setColorMap(map);
        if (data != null) {
            applyLook(data.scene());
            updateLegend();
            brain.redraw();
        }
    }

    /** The chosen colour map. */
    public ColorMap colorMap() {
        return menus.colorMap();
    }

    /**
     * Changes how maps are drawn (mapping, clamp, threshold, opacity, top-k) and computed (the attribution
     * method); applies at once, recomputing the map only when the method changed.
     */
    public void setDisplay(BrainDisplay d) {
        BrainDisplay old = display;
        display = Objects.requireNonNull(d);
        if (data == null) {
            return;
        }
        if (!old.method().equals(d.method())) {
            computeMap();
        } else {
            applyLook(data.scene());
            updateLegend();
            brain.setTopK(mapReady ? display.topK() : 0);
            brain.redraw();
        }
    }

    /** How maps are drawn and computed. */
    public BrainDisplay display() {
        return display;
    }

    /** Shows one subject's map of the picked node. */
    public void showSubject(String id) {
        setMapSource(MapSource.subject(id));
    }

    /** Shows the mean map over the subjects of one class (diagnosis). */
    public void showClass(String diagnosis) {
        setMapSource(MapSource.ofClass(diagnosis));
    }

    /**
     * Recomputes the map of the picked node for the current source (or the comparison's difference map) in a
     * job, then recolours; says why in the status line (and for a comparison in the empty state) when it cannot.
     */
    private void computeMap() {
        mapReady = false;
        int generation = ++mapGeneration;
        cancel(mapJob);
        if (data == null || pick == null || source == null) {
            if (brain != null) {
                brain.setTopK(0);
            }
            updateLegend();
            ShownMaps.publish(null);
            return;
        }
        int level = pick.layer();
        int node = pick.node();
        Comparison c = comparison;
        MapInput[] inputs;
        try {
            inputs = c == null ? new MapInput[] {MapInputs.single(study.getNetwork(), data, source, level, node)}
                    : MapInputs.comparison(study, data, source, c, level, node);
        } catch (MapRefused e) {
            refuse(e.getMessage(), c != null);
            return;
        }
        AttributionMethod method = AttributionMethods.PAPER.equals(display.method()) ? null
                : AttributionMethods.find(display.method()).map(MethodDescriptor::method).orElse(null);
        Job job = Job.create(Messages.computingMap, monitor -> {
            try {
                double[] map = inputs.length == 1 ? RegionMaps.mean(inputs[0], level, node, method, monitor)
                        : RegionMaps.difference(inputs[0], inputs[1], level, node, method, monitor);
                ui(() -> {
                    if (generation == mapGeneration) {
                        applyMap(map, c);
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        job.setSystem(true);
        mapJob = job;
        job.schedule();
    }

    /** A map that cannot be computed: the reason in the status line, and instead of the brain for a comparison. */
    private void refuse(String reason, boolean compared) {
        setStatus(reason, true);
        brain.setTopK(0);
        updateLegend();
        ShownMaps.publish(null);
        if (compared) {
            showEmpty(Messages.bind(Messages.cannotCompare, reason));
        } else {
            showBrainPage();
        }
    }

    /** Shows the brain again instead of a refused comparison's reason (not instead of a GL failure). */
    private void showBrainPage() {
        if (layout.topControl != brainPage && brain != null && brain.failure() == null) {
            layout.topControl = brainPage;
            stack.layout(true, true);
        }
    }

    private void applyMap(double[] map, Comparison c) {
        BrainScene scene = data.scene();
        scene.setValues(map);
        shownComparison = c;
        applyLook(scene);
        mapReady = true;
        showBrainPage();
        if (statusError) {
            setStatus(null, false);
        }
        updateLegend();
        brain.setTopK(display.topK());
        brain.redraw();
        publish(map);
    }

    /**
     * Colour map, mapping, threshold and opacity of the scene: the chosen ones for a single map; for a
     * difference map a diverging colour map (the chosen one when it diverges, else the preferred diverging one)
     * over a linear range symmetric around 0.
     */
    private void applyLook(BrainScene scene) {
        if (shownComparison == null) {
            scene.setColorMap(menus.colorMap());
            display.applyTo(scene);
            return;
        }
        ColorMap chosen = menus.colorMap();
        scene.setColorMap(chosen.diverging() ? chosen : BrainPreferences.divergingMap());
        scene.setMapping(ValueMapping.linear(0, 1));
        scene.fitMapping();
        scene.setThreshold(display.threshold(), display.mode());
        scene.setOpacity(display.opacity());
    }

    /** Announces the map shown to the other views, its regions in the network's input order. */
    private void publish(double[] map) {
        LabelTable labels = data.scene().labels();
        List<ShownMap.Region> regions = new ArrayList<>(map.length);
        for (int row = 0; row < map.length && row < labels.size(); row++) {
            regions.add(new ShownMap.Region(labels.get(row).index(), labels.get(row).name(), map[row]));
        }
        MethodDescriptor method = AttributionMethods.find(display.method()).orElse(null);
        String title = method == null ? heading() : heading() + MapTitles.SEPARATOR + method.name();
        boolean signed = shownComparison != null || method != null && method.signed();
        ShownMaps.publish(new ShownMap(title, display.method(), signed, regions));
    }

    /** "Node 1:2 · subject S01", "Node 1:2 · class AD − class HC (means)", or "Pick a node ...". */
    private String heading() {
        if (pick == null || source == null) {
            return Messages.pickANode;
        }
        return MapTitles.heading(pick.ref(), source, comparison);
    }

    private void updateLegend() {
        if (legend == null || data == null) {
            return;
        }
        String heading = heading();
        legend.show(mapReady ? data.scene() : null, heading);
        setContentDescription(heading);
    }

    /** Highlights a region selected in another view and says its name, value and rank in the status line. */
    private void showSelected(RegionSelection r) {
        if (data == null || brain == null) {
            return;
        }
        BrainScene scene = data.scene();
        if (scene.centroid(r.index()).isEmpty()) {
            return;
        }
        scene.setHighlighted(OptionalInt.of(r.index()));
        brain.redraw();
        RegionSelection here = mapReady ? RegionInfo.of(scene, r.index()) : r;
        setStatus(RegionInfo.text(here), false);
    }

    private void hovered(OptionalInt region) {
        RegionSelection r = region.isPresent() && data != null ? RegionInfo.of(data.scene(), region.getAsInt()) : null;
        if (Objects.equals(r, hovered)) {
            return;
        }
        hovered = r;
        String text = r == null ? null : RegionInfo.text(r);
        brain.control().setToolTipText(text);
        setStatus(text, false);
    }

    private void clicked(OptionalInt region) {
        if (data == null) {
            return;
        }
        data.scene().setHighlighted(region);
        brain.redraw();
        RegionSelection r = region.isPresent() ? RegionInfo.of(data.scene(), region.getAsInt()) : null;
        selection.setSelection(r == null ? StructuredSelection.EMPTY : new StructuredSelection(r));
        String text = r == null ? null : RegionInfo.text(r);
        brain.control().setToolTipText(text);
        setStatus(text, false);
    }

    private void setStatus(String text, boolean error) {
        status = text;
        statusError = error && text != null;
        var line = getViewSite().getActionBars().getStatusLineManager();
        if (error) {
            line.setErrorMessage(text);
        } else {
            line.setErrorMessage(null);
            line.setMessage(text);
        }
    }

    private void showEmpty(String message) {
        emptyMessage = message;
        if (!emptyLabel.isDisposed()) {
            emptyLabel.setText(message);
            layout.topControl = emptyLabel;
            stack.layout(true, true);
        }
    }

    /** Back to the home view. */
    public void resetView() {
        if (brain != null) {
            brain.reset();
        }
    }

    /** Looks from a standard side (it also becomes the home view). */
    public void showSide(StandardView side) {
        if (brain != null) {
            brain.view(side);
        }
    }

    /**
     * Starts writing the brain as shown to a PNG of this size (with colour bar and the top regions' names),
     * in a job; null when there is nothing to export.
     */
    public Job exportPng(Path file, int width, int height) {
        if (data == null || brain == null || brain.camera() == null) {
            return null;
        }
        String heading = legend.title();
        String valueName = shownComparison != null && mapReady ? Messages.difference : Messages.importance;
        ImageOptions options = ImageOptions.of(width, height).withTitle(heading).withValueName(valueName)
                .withTopK(mapReady ? display.topK() : 0).withColorBar(mapReady);
        ExportJob job = new ExportJob(data.scene(), brain.camera(), options, file);
        job.schedule();
        return job;
    }

    /** True when there is a brain to export. */
    public boolean canExport() {
        return data != null && brain != null && brain.camera() != null;
    }

    /** The canvas (internal; tests drive the camera and pick through it), or null without OpenGL. */
    public BrainCanvas getCanvas() {
        return brain;
    }

    /** The scene shown, or null while no cohort is loaded. */
    public BrainScene getScene() {
        return data == null ? null : data.scene();
    }

    /** The loaded study data, or null. */
    public StudyData getStudyData() {
        return data;
    }

    /** The camera, or null. */
    public Camera getCamera() {
        return brain == null ? null : brain.camera();
    }

    /** True once the picked node's map is shown. */
    public boolean isMapShown() {
        return mapReady;
    }

    /** The empty-state sentence (shown while there is no brain). */
    public String emptyMessage() {
        return emptyMessage;
    }

    /** True while the empty state is shown instead of the brain. */
    public boolean isEmpty() {
        return layout.topControl != brainPage;
    }

    /** The last status line text (hover, click or a problem), or null. */
    public String lastStatus() {
        return status;
    }

    /** The heading of the colour bar. */
    public String legendTitle() {
        return legend == null ? "" : legend.title();
    }

    /** The region selected by a click, or null. */
    public RegionSelection selectedRegion() {
        return selection.getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof RegionSelection r ? r : null;
    }

    /** The picked node, or null. */
    public NetworkPick getPick() {
        return pick;
    }

    @Override
    public void setFocus() {
        if (brain != null && layout.topControl == brainPage) {
            brain.control().setFocus();
        } else {
            stack.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(pickListener);
        listenTo(null);
        getSite().getPage().removePartListener(editorListener);
        cancel(loadJob);
        cancel(mapJob);
        if (data != null) {
            ShownMaps.publish(null);
        }
        super.dispose();
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

    private static NetworkPick first(ISelection s) {
        return s instanceof IStructuredSelection ss && ss.getFirstElement() instanceof NetworkPick p ? p : null;
    }
}
