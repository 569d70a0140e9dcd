package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.XMLMemento;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brain keeps the user's view: the camera (orientation, zoom, pan) goes into the view's memento, and a brain
 * view opened again with it shows the brain from where it was left. Skipped outside a workbench.
 */
class BrainStateUiTest {

    @TempDir
    Path dir;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() {
        page = Workbench.page(dir);
    }

    @AfterEach
    void close() {
        Workbench.tidy(page, BrainUi.VIEW_ID);
    }

    @Test
    void theCameraSurvivesClosingAndOpeningTheView() throws Exception {
        TestStudy study = TestStudy.write(dir);
        Workbench.openModel(page, study.file);
        BrainView view = Workbench.showBrain(page);
        Workbench.pump(() -> view.getScene() != null && !view.isEmpty(), 60_000);
        assertNotNull(view.getCamera(), "brain loaded: " + view.emptyMessage());
        double[] home = view.getCamera().pose();
        double[] moved = view.getCamera().pose();
        org.glia.render.Camera c = view.getCamera().copy();
        c.rotate(120, 40);
        c.zoom(1.7);
        c.pan(15, -10);
        view.getCanvas().setPose(c.pose());
        Workbench.settle(200);
        double[] left = view.getCamera().pose();
        assertFalse(java.util.Arrays.equals(moved, left));
        assertFalse(java.util.Arrays.equals(home, left), "the user moved the camera");

        XMLMemento memento = XMLMemento.createWriteRoot("view");
        view.saveState(memento);
        assertNotNull(memento.getString("camera"), "the memento holds the camera");

        // closed and opened again in the session: the workbench hands the view its memento back
        page.hideView(view);
        BrainView again = Workbench.showBrain(page);
        Workbench.pump(() -> again.getScene() != null && !again.isEmpty(), 60_000);
        assertNotNull(again.getCamera());
        assertArrayEquals(left, again.getCamera().pose(), 1e-9, "the brain is shown from where it was left");
        assertEquals(again, page.findView(BrainUi.VIEW_ID));
    }
}
