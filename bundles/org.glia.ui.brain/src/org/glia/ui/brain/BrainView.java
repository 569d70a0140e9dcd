package org.glia.ui.brain;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.glia.core.color.ColorMap;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.nn.MlpConversion;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;
import org.glia.ui.RegionSelection;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.brain.internal.BrainMenus;
import org.glia.ui.brain.internal.ColorBarLegend;
import org.glia.ui.brain.internal.ExportJob;
import org.glia.ui.brain.internal.MapSource;
import org.glia.ui.brain.internal.Messages;
import org.glia.ui.brain.internal.RegionInfo;
import org.glia.ui.brain.internal.RegionMaps;
import org.glia.ui.brain.internal.RegionSelectionProvider;
import org.glia.ui.brain.internal.StudyData;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;

/**
 * The 3D brain (the paper's rendering window): the atlas of the open model's cohort, each region coloured by
 * the picked network node's importance (the paper's rule) for the chosen subject or class, with a colour bar.
 * Drag to rotate, right- or middle-drag to pan, wheel to zoom; hover or click a region for its name, value
 * and rank; a click makes it the selection.
 * <p>
 * It follows the network editor: the active editor's study gives the cohort (loaded with its meshes in a
 * job), and the editor's {@link NetworkPick} selection gives the node.
 */
public final class BrainView extends ViewPart {

    /** How long the view waits for an editor that is still loading its document before giving up. */
    private static final int STUDY_WAIT_MS = 60_000;
    private static final int STUDY_POLL_MS = 200;

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
    private RegionSelection hovered;
    private boolean mapReady;
    private BrainDisplay display = BrainDisplay.DEFAULT;

    private final ISelectionListener pickListener = (part, s) -> {
        if (part instanceof NetworkGraphEditor editor) {
            follow(editor);
            NetworkPick p = first(s);
            if (p != null && p.isNode()) {
                setPick(p);
            }
        }
    };

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
    };

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
        Study s = editor.getStudy();
        if (s != null) {
            showStudy(editor.getFile(), s);
        } else if (editor.getLoadError() == null && System.currentTimeMillis() < deadline) {
            stack.getDisplay().timerExec(STUDY_POLL_MS, () -> follow(editor, deadline));
        }
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
        mapGeneration++;
        cancel(loadJob);
        cancel(mapJob);
        if (brain == null) {
            return;
        }
        brain.setScene(null);
        legend.show(null, "");
        showEmpty(Messages.bind(Messages.loadingStudy, file.getFileName()));
        String cohortPath = s.getCohortPath();
        String featureName = s.getFeatureSet();
        Job job = Job.create(Messages.loadingBrain, monitor -> {
            try {
                StudyData loaded = StudyData.load(file, cohortPath, featureName, monitor);
                ui(() -> {
                    if (study == s) {
                        install(loaded);
                    }
                });
            } catch (DataException e) {
                ui(() -> {
                    if (study == s) {
                        showEmpty(Messages.bind(Messages.cannotShow, e.getMessage()));
                    }
                });
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        loadJob = job;
        job.schedule();
    }

    private void install(StudyData loaded) {
        data = loaded;
        BrainScene scene = loaded.scene();
        scene.setColorMap(menus.colorMap());
        display.applyTo(scene);
        if (source == null && !loaded.cohort().subjects().isEmpty()) {
            source = MapSource.subject(loaded.cohort().subjects().get(0).id());
        }
        brain.setScene(scene);
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

    /** Whose map is shown, or null before a cohort is loaded. */
    public MapSource mapSource() {
        return source;
    }

    /** Changes the colour map (applies at once). */
    public void setColorMap(ColorMap map) {
        menus.setColorMap(map);
        if (data != null) {
            data.scene().setColorMap(map);
            display.applyTo(data.scene());
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
            display.applyTo(data.scene());
            updateLegend();
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

    /** Recomputes the map of the picked node for the current source in a job, then recolours. */
    private void computeMap() {
        mapReady = false;
        if (data == null || pick == null || source == null) {
            updateLegend();
            return;
        }
        Network network = study.getNetwork();
        Mlp net;
        try {
            net = MlpConversion.toMlp(network);
        } catch (IllegalArgumentException e) {
            setStatus(e.getMessage(), true);
            return;
        }
        if (net.inputs() != data.cohort().regionCount()) {
            setStatus(Messages.bind(Messages.inputMismatch, net.inputs(), data.cohort().regionCount()), true);
            return;
        }
        if (pick.layer() > net.depth() || pick.node() >= net.sizes()[pick.layer()]) {
            return;
        }
        List<double[]> raw;
        if (source.subjectClass()) {
            raw = data.rawFeatures(source.name());
        } else {
            raw = data.cohort().subject(source.name()).map(s -> List.of(data.features().extract(s.matrix())))
                    .orElse(List.of());
        }
        List<double[]> inputs = raw.stream().map(x -> MlpConversion.standardize(network, x)).toList();
        int level = pick.layer();
        int node = pick.node();
        int generation = ++mapGeneration;
        cancel(mapJob);
        MethodDescriptor method = AttributionMethods.PAPER.equals(display.method()) ? null
                : AttributionMethods.find(display.method()).orElse(null);
        Job job = Job.create(Messages.computingMap, monitor -> {
            try {
                double[] map = method == null ? RegionMaps.mean(net, inputs, level, node, monitor)
                        : RegionMaps.mean(net, inputs, level, node, method.method(), monitor);
                ui(() -> {
                    if (generation == mapGeneration) {
                        applyMap(map);
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

    private void applyMap(double[] map) {
        BrainScene scene = data.scene();
        scene.setValues(map);
        display.applyTo(scene);
        mapReady = true;
        updateLegend();
        brain.redraw();
    }

    private void updateLegend() {
        if (legend == null || data == null) {
            return;
        }
        String heading = pick == null || source == null ? Messages.pickANode
                : Messages.bind(Messages.mapTitle, pick.ref(), source.describe());
        legend.show(mapReady ? data.scene() : null, heading);
        setContentDescription(pick == null ? Messages.pickANode : heading);
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
        ImageOptions options = ImageOptions.of(width, height).withTitle(heading).withValueName(Messages.importance)
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
        getSite().getPage().removePartListener(editorListener);
        cancel(loadJob);
        cancel(mapJob);
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
