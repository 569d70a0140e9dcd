package org.glia.ui.controls.tests;

import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.brain.tests.TestStudy;
import org.glia.ui.brain.tests.Pixels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.controls.internal.ControlsView;
import org.glia.ui.controls.internal.SubjectRow;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Controls view in the running Glia workbench (UI harness, Xvfb with Mesa): choosing a colour map and a
 * threshold changes the brain view's pixels at a region's centroid; picking a subject changes the network
 * editor's node activations (its node colours); choosing a class shows the class map. Skipped outside a workbench.
 */
class ControlsViewUiTest {

    static final String VIEW_ID = "org.glia.ui.views.controls";

    @TempDir
    Path dir;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.closeAllEditors(false);
            for (String id : new String[] {BrainUi.VIEW_ID, VIEW_ID}) {
                var ref = page.findViewReference(id);
                if (ref != null) {
                    page.hideView(ref);
                }
            }
        }
    }

    @Test
    void colourMapThresholdSubjectAndClassApplyToBrainAndNetwork() throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView brain = (BrainView) page.showView(BrainUi.VIEW_ID);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        ControlsView controls = (ControlsView) page.showView(VIEW_ID);
        page.activate(editor);
        Workbench.pump(() -> brain.getScene() != null && !brain.isEmpty(), 60_000);
        assertNotNull(brain.getScene(), "brain loaded: " + brain.emptyMessage());
        editor.setPick(NetworkPick.node(1, 2, ""));
        Workbench.pump(brain::isMapShown, 30_000);
        assertTrue(brain.isMapShown(), "map shown: " + brain.lastStatus());
        page.activate(brain);
        Workbench.execute(brain, BrainUi.CMD_STANDARD_VIEW, BrainUi.PARAM_SIDE, "top");
        Workbench.settle(300);
        BrainScene scene = brain.getScene();
        Camera camera = brain.getCamera();

        // the cube whose colour-map position is nearest the middle: its colour differs most between maps
        int region = 1;
        for (int i = 1; i <= 4; i++) {
            if (Math.abs(scene.position(scene.value(i)) - 0.45) < Math.abs(scene.position(scene.value(region)) - 0.45)) {
                region = i;
            }
        }
        int before = pixel(brain, camera, scene, region);
        assertFalse(Pixels.grey(before), "drawn in colour: " + Pixels.hex(before));

        // colour map: viridis -> hot
        controls.selectColorMap("hot");
        Workbench.settle(400);
        assertEquals("hot", scene.colorMap().id());
        assertEquals("hot", editor.getSettings().nodeColorMap(), "the network's nodes follow");
        int hot = pixel(brain, camera, scene, region);
        int expected = scene.look(region).rgb();
        assertTrue(Pixels.hueDistance(expected, hot) < 15, Pixels.hex(hot) + " vs " + Pixels.hex(expected));
        assertTrue(Pixels.hueDistance(before, hot) > 30, "colour changed: " + Pixels.hex(before) + " -> "
                + Pixels.hex(hot));

        // threshold just above that region's value, hidden below: the region is no longer drawn in colour
        double value = scene.value(region);
        int strongest = region;
        for (int i = 1; i <= 4; i++) {
            if (scene.value(i) > scene.value(strongest)) {
                strongest = i;
            }
        }
        controls.setThreshold(Double.toString(value + 1e-9), ThresholdMode.HIDE);
        Workbench.settle(400);
        assertEquals(value + 1e-9, scene.threshold(), 1e-15);
        assertEquals(ThresholdMode.HIDE, scene.thresholdMode());
        int hidden = pixel(brain, camera, scene, region);
        assertTrue(Pixels.grey(hidden), "hidden below the threshold: " + Pixels.hex(hidden));
        if (strongest != region) {
            assertFalse(Pixels.grey(pixel(brain, camera, scene, strongest)), "the strongest region stays coloured");
        }
        controls.setThreshold("", ThresholdMode.GLASS);
        Workbench.settle(400);
        assertTrue(Double.isNaN(scene.threshold()));
        assertTrue(Pixels.hueDistance(expected, pixel(brain, camera, scene, region)) < 15, "back in colour");
        controls.setThreshold("x1", ThresholdMode.GLASS);
        assertNotNull(controls.problem(), "a bad number is reported");
        controls.setThreshold("", ThresholdMode.GLASS);

        // subjects: listed with diagnosis and prediction; picking one recolours the network's nodes
        Workbench.pump(() -> controls.subjectRows().size() == 6, 30_000);
        List<SubjectRow> rows = controls.subjectRows();
        assertEquals(6, rows.size());
        assertEquals("AD", rows.get(1).diagnosis());
        assertNotNull(rows.get(1).prediction());
        assertTrue(controls.selectSubject("sub-02"));
        Workbench.settle(300);
        List<String> second = activations(editor);
        second.forEach(Double::parseDouble); // numbers, not the "pick a subject" placeholder
        assertTrue(controls.selectSubject("sub-05"));
        Workbench.settle(300);
        List<String> fifth = activations(editor);
        assertNotEquals(second, fifth, "node activations (colours) follow the subject");
        Workbench.pump(() -> brain.isMapShown() && brain.legendTitle().contains("sub-05"), 30_000);
        assertTrue(brain.legendTitle().contains("sub-05"), brain.legendTitle());

        // class map
        controls.selectClass("AD");
        Workbench.pump(() -> brain.isMapShown() && brain.legendTitle().contains("AD"), 30_000);
        assertTrue(brain.legendTitle().contains("class AD"), brain.legendTitle());

        assertFalse(controls.methodLegend().isBlank(), "the method's legend is shown");
        page.setPartState(page.getReference(controls), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(500);
        Workbench.capture(controls.control(), "controls-view.png");
        page.setPartState(page.getReference(controls), IWorkbenchPage.STATE_RESTORED);
    }

    private static List<String> activations(NetworkGraphEditor editor) {
        List<String> values = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            values.add(editor.activationOf(1, node));
        }
        for (int node = 0; node < 2; node++) {
            values.add(editor.activationOf(2, node));
        }
        return values;
    }

    private static int pixel(BrainView brain, Camera camera, BrainScene scene, int index) {
        brain.getCanvas().redraw();
        Workbench.settle(100);
        int[] frame = brain.getCanvas().readFrame();
        double[] c = scene.centroid(index).orElseThrow();
        double[] p = camera.project(c[0], c[1], c[2]);
        return frame[(int) p[1] * camera.width() + (int) p[0]];
    }
}
