package org.glia.ui.training.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.versions.VersionComparison;
import org.glia.ui.training.internal.versions.VersionCopy;

/**
 * The Versions view: the tree of the active network editor's model versions (by parent) with date, edits since
 * the parent, layer sizes, accuracy and settings, the current version in bold. It refreshes whenever the study
 * changes (a retraining records a version, a revert, undo). Revert, open as a new document and compare act on the
 * selection (commands in the context menu and toolbar).
 */
public final class VersionsView extends ViewPart {

    private static final String KEY_WIDTHS = "widths";

    private TreeViewer viewer;
    private ActiveStudy active;
    private IMemento memento;
    private String fittedFor = "";

    @Override
    public void init(IViewSite site, IMemento state) throws PartInitException {
        super.init(site, state);
        memento = state;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        int[] widths = MementoInts.get(memento, KEY_WIDTHS, VersionColumn.values().length, 20);
        for (VersionColumn c : VersionColumn.values()) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(c.title());
            column.getColumn().setWidth(widths != null ? widths[c.ordinal()] : c.width());
            column.setLabelProvider(c.labels());
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new VersionContent());
        viewer.setComparator(null); // oldest first, as recorded
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        active = new ActiveStudy(getSite().getPage(), this::refresh);
        refresh();
    }

    /** Shows the active study's versions as they are now; on the UI thread. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Study study = active.study();
        if (viewer.getInput() != study) {
            viewer.setInput(study);
        } else {
            viewer.refresh();
        }
        viewer.expandAll();
        fitColumns(study);
        setContentDescription(description(study));
    }

    /**
     * Widens the columns to their contents whenever versions were added or removed or another one became current;
     * columns never get narrower than the user made them.
     */
    private void fitColumns(Study study) {
        if (study == null || study.getVersions().isEmpty()) {
            return;
        }
        ModelVersion current = study.getCurrentVersion();
        String state = study.getVersions().size() + "/" + (current == null ? "" : current.getId());
        if (!state.equals(fittedFor)) {
            fittedFor = state;
            ColumnFit.fit(viewer.getTree());
        }
    }

    private String description(Study study) {
        NetworkGraphEditor editor = active.editor();
        if (editor == null) {
            return Messages.versionsNoModel;
        }
        if (study == null) {
            return editor.getLoadError() == null ? Messages.versionsLoading : Messages.versionsNoModel;
        }
        String name = editor.getTitle();
        if (study.getVersions().isEmpty()) {
            return NLS.bind(Messages.versionsNone, name);
        }
        ModelVersion current = study.getCurrentVersion();
        return NLS.bind(Messages.versionsOf, new Object[] {name, study.getVersions().size(),
                current == null ? Messages.noCurrent : current.getId(), study.getPendingEdits().size()});
    }

    /** The versions selected, in the study's order (oldest first). */
    public List<ModelVersion> selectedVersions() {
        List<ModelVersion> list = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (o instanceof ModelVersion v) {
                list.add(v);
            }
        }
        Study study = active.study();
        if (study != null) {
            list.sort(Comparator.comparingInt(study.getVersions()::indexOf));
        }
        return list;
    }

    /**
     * Makes a copy of {@code version}'s network the working network, through the editor's command stack (undoable).
     *
     * @return null when done, else why not (also shown in the status line)
     */
    public String revert(ModelVersion version) {
        NetworkGraphEditor editor = active.editor();
        Study study = active.study();
        String why = editor == null || study == null ? Messages.versionsNoModel
                : editor.run(NetworkEdits.restoreVersion(study, version));
        status(why, why == null ? NLS.bind(Messages.reverted, version.getId()) : null);
        return why;
    }

    /**
     * Writes a copy of the study whose working network is {@code version}'s next to the document (e.g.
     * {@code name-v3.glia}) in a job, then opens it in a network editor.
     *
     * @return the writing job (scheduled), or null when there is no study (the reason is in the status line)
     */
    public Job openAsDocument(ModelVersion version) {
        NetworkGraphEditor editor = active.editor();
        Study study = active.study();
        if (editor == null || study == null) {
            status(Messages.versionsNoModel, null);
            return null;
        }
        Study copy;
        try {
            copy = VersionCopy.of(study, version);
        } catch (IllegalArgumentException e) {
            status(e.getMessage(), null);
            return null;
        }
        Path target = VersionCopy.target(editor.getFile(), version.getId());
        Display display = viewer.getControl().getDisplay();
        IWorkbenchPage page = getSite().getPage();
        Job job = Job.create(NLS.bind(Messages.openVersionJob, version.getId(), target.getFileName()), monitor -> {
            try {
                VersionCopy.write(copy, target);
            } catch (IOException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.cannotWriteCopy, target, e.getMessage()));
            }
            display.asyncExec(() -> open(page, target));
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private static void open(IWorkbenchPage page, Path file) {
        try {
            page.openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openVersionTitle,
                    NLS.bind(Messages.cannotOpenCopy, file, e.getMessage()));
        }
    }

    /** Opens a window comparing {@code a} with {@code b} (it does not block); returns it. */
    public CompareDialog compare(ModelVersion a, ModelVersion b) {
        CompareDialog dialog = new CompareDialog(getSite().getShell(), VersionComparison.of(a, b));
        dialog.open();
        return dialog;
    }

    /** Shows an error (when not null) or else a message in the view's status line. */
    public void status(String error, String message) {
        var line = getViewSite().getActionBars().getStatusLineManager();
        line.setErrorMessage(error);
        line.setMessage(message);
    }

    /** The editor whose versions are shown, or null. */
    public NetworkGraphEditor editor() {
        return active.editor();
    }

    /** The study shown, or null. */
    public Study study() {
        return active.study();
    }

    /** The tree (tests read and select in it). */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void saveState(IMemento state) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        TreeColumn[] columns = viewer.getTree().getColumns();
        int[] widths = new int[columns.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns[i].getWidth();
        }
        MementoInts.put(state, KEY_WIDTHS, widths);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
