package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.nn.MlpConversion;
import org.glia.train.jobs.RetrainJob;
import org.glia.ui.GliaUi;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.training.TrainingUi;
import org.glia.ui.training.internal.views.CompareDialog;
import org.glia.ui.training.internal.views.VersionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Versions view in the running workbench (UI harness, UI thread, Xvfb): after two real retrainings of a small
 * demo study (with an edit between them) it lists both versions as a tree with their edits, sizes, accuracy and
 * settings; Revert runs through the editor's command stack and is undone by Undo; Compare and Open as New
 * Document act on the selection; the screenshot {@code docs/images/versions-view.png} is written when
 * {@code glia.root} is set. Skipped outside a running workbench.
 */
class VersionsViewUiTest {

    private static final int EDITS = 2;
    private static final int SIZES = 3;
    private static final int ACCURACY = 4;
    private static final int SETTINGS = 5;

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private VersionsView view;
    private NetworkGraphEditor editor;
    private Study study;
    private ModelVersion v1;
    private ModelVersion v2;

    @BeforeEach
    void twoRetrainings() throws Exception {
        Assumptions.assumeTrue(Ui.workbenchRunning(), "needs the running workbench (Tycho UI harness)");
        page = Ui.page();
        editor = Workbench.openModel(page, DemoStudy.write(dir, "versions.glia", false));
        view = (VersionsView) page.showView(GliaUi.VIEW_VERSIONS);
        study = editor.getStudy();
        Ui.train(editor, Ui.RETRAIN, 1);
        assertTrue(editor.run(NetworkEdits.addNodes(editor.getNetwork(), 1, 2)) == null, editor.lastStatus());
        Ui.train(editor, Ui.RETRAIN, 2);
        v1 = study.getVersions().get(0);
        v2 = study.getVersions().get(1);
        Ui.await(() -> roots().size() == 1 && roots().get(0).getItemCount() == 1, 5_000);
    }

    @AfterEach
    void close() {
        if (page != null) {
            Job.getJobManager().cancel(RetrainJob.FAMILY);
            Ui.closeDialogs();
            page.closeAllEditors(false);
            Ui.hide(view);
        }
    }

    @Test
    void listsTheVersionsAsATree() {
        assertSame(editor, view.editor());
        TreeItem first = roots().get(0);
        TreeItem second = first.getItem(0);
        assertEquals("v1", first.getText(0));
        assertEquals("v2 (current)", second.getText(0));
        assertEquals("(first training)", first.getText(EDITS));
        assertEquals("Add 2 Nodes to Layer 1", second.getText(EDITS));
        assertEquals("12-6-2", first.getText(SIZES));
        assertEquals("12-8-2", second.getText(SIZES));
        assertTrue(second.getText(ACCURACY).endsWith("(training set)"), second.getText(ACCURACY));
        assertTrue(second.getText(SETTINGS).contains("200 epochs"), second.getText(SETTINGS));
        assertFalse(second.getText(1).isBlank(), "the date");
        assertTrue(view.getContentDescription().contains("2 versions"), view.getContentDescription());
    }

    @Test
    void revertIsUndoable() throws Exception {
        var before = MlpConversion.toMlp(editor.getNetwork());
        select(v1);
        assertTrue(command(TrainingUi.CMD_REVERT).isEnabled(), "Revert is enabled for one version");
        Workbench.execute(view, TrainingUi.CMD_REVERT);
        assertSame(v1, study.getCurrentVersion());
        assertArrayEquals(new int[] {12, 6, 2}, Networks.sizes(editor.getNetwork()));
        assertTrue(MlpConversion.matches(editor.getNetwork(), MlpConversion.toMlp(v1.getNetwork())));
        Ui.await(() -> roots().get(0).getText(0).equals("v1 (current)"), 2_000);
        assertEquals("v2", roots().get(0).getItem(0).getText(0));
        assertEquals("&Undo Restore Version v1", editor.getUndoAction().getText());

        page.activate(editor);
        Workbench.execute(editor, "org.eclipse.ui.edit.undo");
        assertSame(v2, study.getCurrentVersion());
        assertTrue(MlpConversion.matches(editor.getNetwork(), before), "Undo brings v2's network back");
        Ui.await(() -> roots().get(0).getItem(0).getText(0).equals("v2 (current)"), 2_000);
        assertEquals("v2 (current)", roots().get(0).getItem(0).getText(0));
    }

    @Test
    void compareTwoVersions() throws Exception {
        select(v1, v2);
        assertFalse(command(TrainingUi.CMD_REVERT).isEnabled(), "Revert needs one version");
        assertTrue(command(TrainingUi.CMD_COMPARE).isEnabled());
        Workbench.execute(view, TrainingUi.CMD_COMPARE);
        CompareDialog dialog = dialog();
        assertNotNull(dialog, "the compare window");
        assertEquals("Compare v1 and v2", dialog.getShell().getText());
        List<String[]> rows = dialog.rows();
        assertArrayEquals(new String[] {"Layer sizes", "12-6-2", "12-8-2", "changed"}, rows.get(0));
        assertTrue(rows.get(2)[3].startsWith("+2 nodes"), rows.get(2)[3]);
        assertTrue(rows.get(2)[3].contains("\u2016\u0394W\u2016"), "weights of the common nodes compared");
        assertEquals("Accuracy", rows.get(4)[0]);
        assertTrue(dialog.editsText().contains("v2: Add 2 Nodes to Layer 1"), dialog.editsText());
        dialog.close();

        // one version: compared with its parent
        select(v2);
        Workbench.execute(view, TrainingUi.CMD_COMPARE);
        dialog = dialog();
        assertNotNull(dialog);
        assertSame(v1, dialog.comparison().a());
        dialog.close();
    }

    @Test
    void openAVersionAsANewDocument() throws Exception {
        select(v1);
        Workbench.execute(view, TrainingUi.CMD_OPEN_VERSION);
        Path copy = dir.resolve("versions-v1.glia");
        Ui.await(() -> copyEditor(copy) != null && copyEditor(copy).getStudy() != null, 30_000);
        NetworkGraphEditor opened = copyEditor(copy);
        assertNotNull(opened, "the copy is open");
        assertEquals("v1", opened.getStudy().getCurrentVersion().getId());
        assertEquals(2, opened.getStudy().getVersions().size());
        assertArrayEquals(new int[] {12, 6, 2}, Networks.sizes(opened.getNetwork()));
        assertSame(v2, study.getCurrentVersion(), "the original is unchanged");
    }

    @Test
    void menusAndScreenshot() throws Exception {
        select(v1);
        Menu menu = view.viewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("Revert to Version"), items.toString());
        assertTrue(items.contains("Open Version as New Document"), items.toString());
        assertTrue(items.contains("Compare Versions"), items.toString());
        IContributionItem revert = view.getViewSite().getActionBars().getToolBarManager()
                .find("org.glia.ui.training.toolbar.revert");
        assertNotNull(revert, "Revert in the view's toolbar");

        // a branch: back to v1, then cross-validated (v3, a second child of v1)
        Workbench.execute(view, TrainingUi.CMD_REVERT);
        Ui.train(editor, Ui.CROSS_VALIDATE, 3);
        Ui.await(() -> roots().get(0).getItemCount() == 2, 5_000);
        assertEquals("v3 (current)", roots().get(0).getItem(1).getText(0));
        assertTrue(roots().get(0).getItem(1).getText(ACCURACY).endsWith("(10-fold CV)"),
                roots().get(0).getItem(1).getText(ACCURACY));
        page.activate(view);
        view.viewer().setSelection(StructuredSelection.EMPTY);
        page.toggleZoom(page.getReference(view));
        try {
            Workbench.settle(300);
            Workbench.capture(view.viewer().getControl().getParent(), "versions-view.png");
        } finally {
            page.toggleZoom(page.getReference(view));
        }
    }

    private List<TreeItem> roots() {
        return List.of(view.viewer().getTree().getItems());
    }

    private void select(ModelVersion... versions) {
        page.activate(view);
        view.viewer().setSelection(new StructuredSelection(versions), true);
        Workbench.settle(200);
    }

    private Command command(String id) {
        return view.getSite().getService(ICommandService.class).getCommand(id);
    }

    private static CompareDialog dialog() {
        Ui.await(() -> findDialog() != null, 5_000);
        return findDialog();
    }

    private static CompareDialog findDialog() {
        for (Shell s : Ui.page().getWorkbenchWindow().getShell().getDisplay().getShells()) {
            if (!s.isDisposed() && s.getData() instanceof CompareDialog d) {
                return d;
            }
        }
        return null;
    }

    private NetworkGraphEditor copyEditor(Path file) {
        for (IEditorReference ref : page.getEditorReferences()) {
            try {
                if (ref.getEditorInput() instanceof GliaFileInput in && in.file().equals(file)
                        && ref.getEditor(true) instanceof NetworkGraphEditor e) {
                    return e;
                }
            } catch (PartInitException e) {
                return null;
            }
        }
        return null;
    }
}
