package org.glia.ui.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.glia.ui.brain.tests.TestStudy;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.cohort.CohortUi;
import org.glia.ui.cohort.internal.ClassStats;
import org.glia.ui.cohort.internal.CohortRow;
import org.glia.ui.cohort.internal.CohortView;
import org.glia.ui.controls.internal.ControlsView;
import org.glia.ui.network.NetworkGraphEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort view in the running Glia workbench (UI harness, Xvfb): a cohort folder's subjects, sortable, with the
 * feature per class at the region chosen; a folder that cannot be read is named with its fault; the open model's
 * cohort with its predictions; a subject chosen here becomes the Controls view's test subject; its settings
 * survive a restart. Skipped outside a workbench.
 */
class CohortViewUiTest {

    private static final String CONTROLS = "org.glia.ui.views.controls";

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private Shell shell;
    private CohortView recreated;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        if (recreated != null) {
            recreated.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (page != null) {
            page.closeAllEditors(false);
            for (String id : new String[] {CohortUi.VIEW_ID, CONTROLS}) {
                var ref = page.findViewReference(id);
                if (ref != null) {
                    page.hideView(ref);
                }
            }
        }
    }

    private CohortView showFolder(Path folder) throws Exception {
        CohortView view = (CohortView) page.showView(CohortUi.VIEW_ID);
        view.showFolder(folder);
        waitFor(view);
        return view;
    }

    private static void waitFor(CohortView view) {
        Workbench.pump(() -> !view.isLoading() && (view.contents() != null || view.problem() != null), 30_000);
    }

    @Test
    void aFolderIsShownSortableWithTheFeaturePerClassAtTheChosenRegion() throws Exception {
        Path folder = TestCohort.write(dir.resolve("cohort"), 5);
        CohortView view = showFolder(folder);
        assertNotNull(view.contents(), view.header());
        assertNull(view.problem());
        assertTrue(view.header().contains("15 subjects") && view.header().contains("5 HC"), view.header());
        assertEquals(15, view.shownRows().size());

        // the region whose degree separates the classes comes first (the view may remember another choice)
        assertTrue(view.selectFeature("degree"));
        assertEquals("Hippocampus_L", view.shownRegions().get(0), view.shownRegions().toString());
        assertEquals(TestCohort.REGIONS.size(), view.shownRegions().size());
        assertTrue(view.selectRegion("Hippocampus_L"));
        List<ClassStats> stats = view.shownStats();
        assertEquals(List.of("HC", "MCI", "AD"), stats.stream().map(ClassStats::name).toList());
        assertEquals(List.of(5, 5, 5), stats.stream().map(ClassStats::n).toList());
        assertTrue(stats.get(2).mean() > stats.get(0).mean());

        assertTrue(view.selectRegion("Precuneus_R"));
        assertEquals("Precuneus_R", view.shownRegion());
        assertNotEquals(stats, view.shownStats());
        assertFalse(view.selectRegion("Nowhere"));

        view.sortSubjects(2, true);
        List<Double> degrees = view.shownRows().stream().map(CohortRow::meanDegree).toList();
        for (int i = 1; i < degrees.size(); i++) {
            assertTrue(degrees.get(i - 1) >= degrees.get(i), "mean degree descending: " + degrees);
        }
        view.sortSubjects(0, false);
        assertEquals("sub-01", view.shownRows().get(0).id());
        view.sortSubjects(1, false);
        assertEquals("AD", view.shownRows().get(0).diagnosis());

        double before = view.shownStats().get(0).mean();
        assertTrue(view.selectFeature("binary-degree"));
        assertEquals(7, view.shownStats().get(0).mean(), 1e-12, "every other region connected");
        assertNotEquals(before, view.shownStats().get(0).mean());
        assertEquals("Precuneus_R", view.shownRegion(), "the region stays chosen");

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        assertTrue(view.selectFeature("degree"));
        assertTrue(view.selectRegion("Hippocampus_L"));
        Workbench.settle(400);
        Workbench.capture(view.control(), "cohort-view.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aFolderThatCannotBeReadIsNamedWithItsFault() throws Exception {
        Path folder = TestCohort.write(dir.resolve("broken"), 2);
        Files.delete(folder.resolve("connectomes").resolve("sub-04.csv"));
        CohortView view = showFolder(folder);
        assertNull(view.contents());
        assertNotNull(view.problem());
        assertTrue(view.problem().contains("sub-04"), view.problem());
        assertEquals(view.problem(), view.header());
        assertTrue(view.shownRows().isEmpty());

        CohortView again = showFolder(TestCohort.write(dir.resolve("good"), 2));
        assertNull(again.problem(), "a good folder after a broken one");
        assertEquals(6, again.shownRows().size());
    }

    @Test
    void theOpenCohortCommandShowsTheFolderGiven() throws Exception {
        Path folder = TestCohort.write(dir.resolve("cohort"), 3);
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Workbench.execute(window.getActivePage().getActivePart(), CohortUi.CMD_OPEN_COHORT, CohortUi.PARAM_FOLDER,
                folder.toString());
        CohortView view = (CohortView) page.findView(CohortUi.VIEW_ID);
        assertNotNull(view, "the command shows the view");
        waitFor(view);
        assertEquals(folder.toAbsolutePath().normalize(), view.folder());
        assertEquals(9, view.shownRows().size());
    }

    @Test
    void theOpenModelsCohortIsShownWithPredictionsAndASubjectChosenBecomesTheTestSubject() throws Exception {
        TestStudy study = TestStudy.write(dir);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        ControlsView controls = (ControlsView) page.showView(CONTROLS);
        CohortView view = (CohortView) page.showView(CohortUi.VIEW_ID);
        page.activate(editor);
        Workbench.pump(() -> view.contents() != null && view.contents().predicted()
                && controls.subjectRows().size() == 6, 30_000);
        assertNotNull(view.contents(), view.header());
        assertTrue(view.header().contains("study.glia") && view.header().contains("predictions"), view.header());
        assertNull(view.folder(), "it follows the study");
        assertEquals(6, view.shownRows().size());
        for (CohortRow row : view.shownRows()) {
            assertNotNull(row.predicted().prediction(), row.id());
        }

        page.activate(view);
        assertTrue(view.selectSubject("sub-04"));
        Workbench.settle(200);
        assertEquals("sub-04", controls.state().subject(), "the Controls view's test subject");
        assertTrue(view.selectSubject("sub-01"));
        Workbench.settle(200);
        assertEquals("sub-01", controls.state().subject());
    }

    @Test
    void itsSettingsSurviveARestart() throws Exception {
        Path folder = TestCohort.write(dir.resolve("cohort"), 4);
        CohortView view = showFolder(folder);
        view.selectFeature("binary-degree");
        view.selectRegion("Frontal_Sup_R");
        view.sortSubjects(2, true);
        XMLMemento out = XMLMemento.createWriteRoot("view");
        view.saveState(out);
        StringWriter xml = new StringWriter();
        out.save(xml);

        shell = new Shell(view.getSite().getShell().getDisplay());
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        recreated = (CohortView) PlatformUI.getWorkbench().getViewRegistry().find(CohortUi.VIEW_ID).createView();
        recreated.init(view.getViewSite(), XMLMemento.createReadRoot(new StringReader(xml.toString())));
        recreated.createPartControl(shell);
        shell.open();
        waitFor(recreated);
        assertEquals(folder.toAbsolutePath().normalize(), recreated.folder());
        assertEquals("binary-degree", recreated.contents().distributions().features().name());
        assertEquals("Frontal_Sup_R", recreated.shownRegion());
        assertEquals(view.shownRows().stream().map(CohortRow::id).toList(),
                recreated.shownRows().stream().map(CohortRow::id).toList(), "same order: mean degree descending");
    }
}
