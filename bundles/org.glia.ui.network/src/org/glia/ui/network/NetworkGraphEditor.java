package org.glia.ui.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableEditor;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.RegionSelection;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.editor.EditorPages;
import org.glia.ui.network.internal.editor.ModelDocument;
import org.glia.ui.network.internal.editor.PickSelectionProvider;
import org.glia.ui.network.internal.editor.RegionHighlight;
import org.glia.ui.network.internal.editor.StackAction;
import org.glia.ui.network.internal.editor.ViewMemory;
import org.glia.ui.network.internal.editor.ViewState;
import org.glia.ui.network.internal.graph.NetworkSource;
import org.glia.ui.network.internal.recovery.EditorRecovery;

/**
 * The network editor of a {@code .glia} document (the paper's network structure window): draws the working
 * network, makes the picked node or edge the workbench selection, and runs edits as undoable commands on its own
 * EMF command stack, which also gives the dirty state; Save writes the document atomically.
 * <p>
 * Other parts drive the drawing through {@link #setSettings} (colour maps, |weight| mapping, edge budget) and
 * {@link #setSubject} (whose activations colour the nodes).
 */
public final class NetworkGraphEditor extends EditorPart implements IPersistableEditor {

    private ModelDocument document;
    private EditorRecovery recovery;
    private EditingDomain domain;
    private Study study;
    private String loadError;
    private NetworkCanvas canvas;
    private PickSelectionProvider selection;
    private RegionHighlight regionHighlight;
    private StackAction undo;
    private StackAction redo;
    private ViewState pendingState;
    private String lastStatus;
    private int[] shownSizes;
    private NetworkSource shown;
    private String subjectName;
    private double[] subjectInput;
    private NetworkDisplaySettings settings = NetworkDisplaySettings.preferred();
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final CommandStackListener stackListener = e -> {
        if (Display.getCurrent() != null) {
            stackChanged(); // label and dirty marker right away, as the command ran on the UI thread
        } else {
            ui(this::stackChanged);
        }
    };
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                scheduleRefresh();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        Path p = input instanceof GliaFileInput g ? g.file()
                : input instanceof IPathEditorInput pi ? pi.getPath().toPath() : null;
        if (p == null) {
            throw new PartInitException(NLS.bind(Messages.cannotOpen, input.getName()));
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        document = new ModelDocument(p);
        domain = document.domain();
        domain.getCommandStack().addCommandStackListener(stackListener);
        undo = new StackAction(domain.getCommandStack(), true);
        redo = new StackAction(domain.getCommandStack(), false);
        recovery = new EditorRecovery(this);
    }

    @Override
    public void createPartControl(Composite parent) {
        canvas = new NetworkCanvas(parent, SWT.NONE);
        canvas.setSettings(settings);
        canvas.setMessage(NLS.bind(Messages.loading, document.file()));
        selection = new PickSelectionProvider(p -> canvas.setSelection(p, false));
        canvas.addPickListener(selection::picked);
        canvas.addListener(SWT.Dispose, e -> rememberView());
        getSite().setSelectionProvider(selection);
        regionHighlight = new RegionHighlight(this, canvas);
        getSite().getPage().addSelectionListener(regionHighlight);
        MenuManager menu = new MenuManager("#PopupMenu", NetworkUi.EDITOR_ID);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        canvas.setMenu(menu.createContextMenu(canvas));
        getSite().registerContextMenu(NetworkUi.EDITOR_ID, menu, selection);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(NetworkUi.CONTEXT_ID);
        }
        document.load(this::ui, this::install, this::failed);
    }

    private void install(Study s) {
        study = s;
        study.eAdapters().add(modelListener);
        refresh();
        if (pendingState == null) {
            pendingState = ViewMemory.ofWorkbench().recall(document.file()); // no workbench memento: as last closed
        }
        applyState();
        stackChanged();
        recovery.opened();
    }

    private void failed(String message) {
        loadError = message;
        canvas.setMessage(NLS.bind(Messages.cannotOpen, document.file()) + "\n\n" + message);
    }

    /** Runs {@code r} on the UI thread (later, from any thread) unless the editor is gone by then. */
    private void ui(Runnable r) {
        Display d = canvas != null && !canvas.isDisposed() ? canvas.getDisplay() : Display.getDefault();
        d.asyncExec(() -> {
            if (canvas != null && !canvas.isDisposed()) {
                r.run();
            }
        });
    }

    private void scheduleRefresh() {
        if (refreshScheduled.compareAndSet(false, true)) {
            ui(() -> {
                refreshScheduled.set(false);
                refresh();
            });
        }
    }

    /**
     * Shows the network as it is now (captured here, copied and prepared in the background); a changed structure
     * drops the pick, since indices no longer mean the same nodes.
     */
    private void refresh() {
        Network n = getNetwork();
        if (n == null) {
            return;
        }
        try {
            shown = NetworkSource.capture(n);
        } catch (IllegalArgumentException e) {
            shown = null;
            canvas.setNetwork((NetworkSource) null);
            canvas.setMessage(NLS.bind(Messages.cannotShow, e.getMessage()));
            return;
        }
        int[] sizes = shown.sizes();
        if (shownSizes != null && !Arrays.equals(sizes, shownSizes) && canvas.getSelection() != null) {
            canvas.setSelection(null, true);
        }
        shownSizes = sizes;
        canvas.setNetwork(shown);
        regionHighlight.networkChanged(shown);
        if (subjectInput != null && subjectInput.length == sizes[0]) {
            canvas.setSubject(subjectName, MlpConversion.standardize(n, subjectInput));
        }
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        undo.update();
        redo.update();
    }

    private void applyState() {
        ViewState s = pendingState;
        pendingState = null;
        if (s == null || shown == null) {
            return;
        }
        if (!s.fitted()) {
            canvas.restoreView(s.scale(), s.x(), s.y());
        }
        NetworkPick p = resolve(s.pick());
        if (p != null) {
            canvas.setSelection(p, false);
            selection.picked(p);
        }
    }

    /** {@code pick} with the label and weight of the network shown, or null when it no longer exists. */
    private NetworkPick resolve(NetworkPick pick) {
        if (pick == null || !shown.hasNode(pick.layer(), pick.node())) {
            return null;
        }
        if (pick.isNode()) {
            return NetworkPick.node(pick.layer(), pick.node(), shown.label(pick.layer(), pick.node()));
        }
        return shown.hasNode(pick.layer() + 1, pick.target())
                ? NetworkPick.edge(pick.layer(), pick.node(), pick.target(), shown.weight(pick.layer(), pick.node(), pick.target()))
                : null;
    }

    @Override
    public void saveState(IMemento memento) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        viewState().save(memento);
    }

    /** The view as it is now: zoom and pan (or fitted) and the pick. */
    private ViewState viewState() {
        var v = canvas.getViewport();
        return new ViewState(v.isFitted(), v.scale(), v.offsetX(), v.offsetY(), canvas.getSelection());
    }

    /** The canvas is going away (editor closed): remembers its view for the next opening of the document. */
    private void rememberView() {
        if (shown != null && canvas.getScene() != null) {
            ViewMemory.ofWorkbench().remember(document.file(), viewState());
        }
    }

    @Override
    public void restoreState(IMemento memento) {
        pendingState = ViewState.read(memento);
        if (study != null) {
            applyState();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (study != null && !saveTo(document.file()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        Path target = EditorPages.askSaveAs(getSite().getShell(), document.file());
        if (target != null && saveTo(target)) {
            setInputWithNotify(new GliaFileInput(target));
            setPartName(getEditorInput().getName());
            setTitleToolTip(getEditorInput().getToolTipText());
        }
    }

    /** Saves the study to {@code target} atomically; says why not in a message (never a stack trace). */
    private boolean saveTo(Path target) {
        try {
            document.save(target);
            firePropertyChange(PROP_DIRTY);
            recovery.saved();
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveAsTitle,
                    NLS.bind(Messages.cannotSave, target, e.getMessage()));
            return false;
        }
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return study != null;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    /**
     * Runs an edit on the editor's command stack. A refused edit changes nothing; its reason goes to the status
     * line and is returned.
     *
     * @return null when the edit ran, else why not
     */
    public String run(Command edit) {
        String why = NetworkEdits.run(domain.getCommandStack(), edit);
        showStatus(why);
        return why;
    }

    /** Shows {@code message} as an error in the status line (null clears it). */
    public void showStatus(String message) {
        lastStatus = message;
        var line = getEditorSite().getActionBars().getStatusLineManager();
        line.setErrorMessage(message);
    }

    /** The last message given to {@link #showStatus} (null: none, or cleared). */
    public String lastStatus() {
        return lastStatus;
    }

    /** The document's study, or null while loading or when it could not be opened. */
    public Study getStudy() {
        return study;
    }

    /** The working network, or null. */
    public Network getNetwork() {
        return study == null ? null : study.getNetwork();
    }

    /** Why the document could not be opened, or null. */
    public String getLoadError() {
        return loadError;
    }

    /** The document's file. */
    public Path getFile() {
        return document.file();
    }

    /** The editing domain holding the document and its command stack. */
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The command stack every edit of this document runs on. */
    public CommandStack getCommandStack() {
        return domain.getCommandStack();
    }

    /** The picked node or edge, or null. */
    public NetworkPick getPick() {
        return selection == null ? null : selection.pick();
    }

    /** Picks {@code pick} (null: nothing) as if the user had clicked it, e.g. from the heatmap. */
    public void setPick(NetworkPick pick) {
        NetworkPick p = shown == null ? null : resolve(pick);
        selection.setSelection(p == null ? StructuredSelection.EMPTY : new StructuredSelection(p));
    }

    /** How the network is drawn. */
    public NetworkDisplaySettings getSettings() {
        return settings;
    }

    /** Changes how the network is drawn (applies at once). */
    public void setSettings(NetworkDisplaySettings newSettings) {
        settings = newSettings;
        if (canvas != null) {
            canvas.setSettings(newSettings);
        }
    }

    /**
     * Colours the nodes by the activations of a subject; {@code features} are its raw input features (the network's
     * input standardisation is applied here). Null clears the colouring.
     */
    public void setSubject(String name, double[] features) {
        subjectName = name;
        subjectInput = features == null ? null : features.clone();
        Network n = getNetwork();
        if (canvas != null && n != null) {
            canvas.setSubject(name, features == null || features.length != n.getLayers().get(0).getNodes().size() ? null
                    : MlpConversion.standardize(n, features));
        }
    }

    /** The activation of a node for the current subject as text, for the Properties view. */
    public String activationOf(int layer, int node) {
        var scene = canvas == null ? null : canvas.getScene();
        if (scene == null || scene.activity() == null || !scene.network().hasNode(layer, node)) {
            return Messages.noActivation;
        }
        return Double.toString(scene.activity().activation(layer, node));
    }

    /** The region selected in another view that this editor marks, or null. */
    public RegionSelection getHighlightedRegion() {
        return regionHighlight == null ? null : regionHighlight.region();
    }

    /** The drawing (internal; for tests and screenshots). */
    public NetworkCanvas getCanvas() {
        return canvas;
    }

    /** The Undo action of this editor's stack (its global action handler). */
    public IAction getUndoAction() {
        return undo;
    }

    /** The Redo action of this editor's stack. */
    public IAction getRedoAction() {
        return redo;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(EditorPages.propertySheet(this));
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        if (adapter == CommandStack.class) {
            return adapter.cast(domain.getCommandStack());
        }
        if (adapter == Study.class) {
            return adapter.cast(study);
        }
        if (adapter == Network.class) {
            return adapter.cast(getNetwork());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (regionHighlight != null) {
            getSite().getPage().removeSelectionListener(regionHighlight);
        }
        if (study != null) {
            study.eAdapters().remove(modelListener);
        }
        if (recovery != null) {
            recovery.closed();
        }
        if (document != null) {
            document.dispose();
        }
        super.dispose();
    }
}
