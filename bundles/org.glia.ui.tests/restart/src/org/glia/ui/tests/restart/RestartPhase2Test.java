package org.glia.ui.tests.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.glia.ui.GliaUi;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.cohort.CohortUi;
import org.glia.ui.cohort.internal.CohortView;
import org.glia.ui.controls.internal.ControlsView;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkUi;
import org.junit.jupiter.api.Test;

/** Second run of the restart check, on the first run's workspace: everything set up before quitting is back. */
class RestartPhase2Test {

    @Test
    void everythingIsBack() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(GliaUi.PERSPECTIVE_EDIT_TRAIN, page.getPerspective().getId(), "the perspective");

        IEditorReference ref = Arrays.stream(page.getEditorReferences())
                .filter(r -> NetworkUi.EDITOR_ID.equals(r.getId()))
                .findFirst().orElse(null);
        assertNotNull(ref, "the model's editor: " + Arrays.stream(page.getEditorReferences())
                .map(r -> r.getId() + " " + r.getName()).toList());
        assertEquals(new GliaFileInput(RestartScenario.study()), ref.getEditorInput());
        NetworkGraphEditor editor = (NetworkGraphEditor) ref.getEditor(true);
        Workbench.pump(() -> editor.getStudy() != null || editor.getLoadError() != null, 30_000);
        assertNotNull(editor.getStudy(), "the model is read again: " + editor.getLoadError());

        ControlsView controls = (ControlsView) page.findView(GliaUi.VIEW_CONTROLS);
        assertNotNull(controls, "the Controls view");
        page.activate(editor);
        Workbench.pump(() -> controls.subjectRows().size() == 6
                && RestartScenario.controls().equals(controls.state()), 30_000);
        assertEquals(RestartScenario.controls(), controls.state(), "every Controls setting");

        CohortView cohort = (CohortView) page.findView(CohortUi.VIEW_ID);
        assertNotNull(cohort, "the Cohort view");
        page.activate(cohort);
        Workbench.pump(() -> !cohort.isLoading() && cohort.contents() != null, 30_000);
        assertNotNull(cohort.contents(), cohort.header());
        assertEquals(RestartScenario.cohort().toAbsolutePath().normalize(), cohort.folder(), "its folder");
        assertEquals(RestartScenario.FEATURE, cohort.contents().distributions().features().name());
        assertEquals(RestartScenario.REGION, cohort.shownRegion());
    }
}
