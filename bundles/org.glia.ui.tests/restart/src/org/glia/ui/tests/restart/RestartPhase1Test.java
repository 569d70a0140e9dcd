package org.glia.ui.tests.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.glia.ui.GliaUi;
import org.glia.ui.brain.tests.TestStudy;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.cohort.CohortUi;
import org.glia.ui.cohort.internal.CohortView;
import org.glia.ui.cohort.tests.TestCohort;
import org.glia.ui.controls.internal.ControlsView;
import org.glia.ui.network.NetworkGraphEditor;
import org.junit.jupiter.api.Test;

/**
 * First run of the restart check: opens a model, sets every Controls setting, shows a cohort folder at a chosen
 * region and feature in the Edit &amp; Train perspective, then quits with File &gt; Exit, which saves all this.
 */
class RestartPhase1Test {

    @Test
    void setUpAndQuit() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(GliaUi.PERSPECTIVE_EDIT_TRAIN));
        TestStudy.write(RestartScenario.study().getParent());
        TestCohort.write(RestartScenario.cohort(), 4);
        NetworkGraphEditor editor = Workbench.openModel(page, RestartScenario.study());
        ControlsView controls = (ControlsView) page.showView(GliaUi.VIEW_CONTROLS);
        page.activate(editor);
        Workbench.pump(() -> controls.subjectRows().size() == 6, 30_000);
        controls.restore(RestartScenario.controls());
        Workbench.settle(200);
        assertEquals(RestartScenario.controls(), controls.state());

        CohortView cohort = (CohortView) page.showView(CohortUi.VIEW_ID);
        cohort.showFolder(RestartScenario.cohort());
        Workbench.pump(() -> !cohort.isLoading() && cohort.contents() != null, 30_000);
        assertNotNull(cohort.contents(), cohort.header());
        cohort.selectFeature(RestartScenario.FEATURE);
        cohort.selectRegion(RestartScenario.REGION);
        page.activate(editor);

        // quit as the user does (File > Exit): the workbench saves editors, views and their mementos. (The test
        // harness's own close at the end finds no window left to save, so it cannot stand in for this.)
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.FILE_EXIT, null);
        assertTrue(PlatformUI.getWorkbench().isClosing(), "the workbench quits");
    }
}
