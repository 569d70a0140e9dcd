package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportancePolicy;
import org.glia.model.nn.MlpConversion;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.RegionSelection;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.brain.internal.MapSource;
import org.glia.ui.brain.internal.Messages;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brain view in the running Glia workbench (UI harness, UI thread, Xvfb with Mesa): it waits in its empty
 * state, follows the model opened in the network editor, colours the picked node's map, rotates, zooms and
 * pans from mouse events, goes to the standard views and back through its commands, names the region under a
 * pixel, makes a clicked region the selection and exports a PNG offscreen. Skipped outside a workbench.
 */
class BrainViewUiTest {

    private static final int FRONTAL_L = 3;

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
    void followsTheModelRotatesPicksSelectsAndExports() throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView view = Workbench.showBrain(page);
        assertTrue(view.isEmpty());
        assertEquals(Messages.emptyBrain, view.emptyMessage());

        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        Workbench.pump(() -> view.getScene() != null && !view.isEmpty(), 60_000);
        assertNotNull(view.getScene(), "brain loaded: " + view.emptyMessage());
        BrainCanvas canvas = view.getCanvas();
        assertNull(canvas.failure());

        // pick a hidden node in the network: the brain shows its map for the first subject
        editor.setPick(NetworkPick.node(1, 2, ""));
        Workbench.pump(view::isMapShown, 30_000);
        assertTrue(view.isMapShown(), "map shown; status: " + view.lastStatus());
        BrainScene scene = view.getScene();
        Mlp net = MlpConversion.toMlp(editor.getNetwork());
        double[] x = view.getStudyData().rawFeatures(null).get(0);
        double[] expected = ImportanceBackprop.fromNode(net, net.pass(MlpConversion.standardize(editor.getNetwork(), x)),
                1, 2, ImportancePolicy.DEFAULT).regions();
        double[] shown = new double[expected.length];
        for (int row = 0; row < shown.length; row++) {
            shown[row] = scene.value(row + 1);
        }
        assertArrayEquals(expected, shown, 1e-12);
        assertEquals("Node 1:2 \u00b7 subject sub-01", view.legendTitle());

        // the standard view from above, through the command as its toolbar button runs it
        page.activate(view);
        Workbench.execute(view, BrainUi.CMD_STANDARD_VIEW, BrainUi.PARAM_SIDE, "top");
        Workbench.settle(200);
        Camera camera = view.getCamera();
        double[] frontalTop = project(camera, scene, FRONTAL_L);
        assertTrue(frontalTop[0] < camera.width() / 2.0 && frontalTop[1] < camera.height() / 2.0,
                "from above, the left frontal cube is up and left");

        // the pixel at each cube's projected centroid has its map colour and picks that region
        int[] frame = canvas.readFrame();
        assertEquals(camera.width() * camera.height(), frame.length);
        for (int index = 1; index <= 4; index++) {
            double[] p = project(camera, scene, index);
            int seen = frame[(int) p[1] * camera.width() + (int) p[0]];
            int base = scene.look(index).rgb();
            assertFalse(Pixels.grey(seen), TestStudy.NAMES[index - 1] + " drawn in colour: " + Pixels.hex(seen));
            assertTrue(Pixels.hueDistance(base, seen) < 15, TestStudy.NAMES[index - 1] + ": " + Pixels.hex(seen)
                    + " vs " + Pixels.hex(base));
            assertEquals(OptionalInt.of(index), canvas.pick((int) p[0], (int) p[1]));
        }

        // rotate by dragging: the camera turns and frames are drawn; a region is still found at its centroid
        long frames = canvas.frames();
        double[] before = camera.viewMatrix();
        Workbench.drag(canvas.control(), 1, camera.width() / 2, camera.height() / 2, camera.width() / 2 + 30,
                camera.height() / 2 + 20);
        Workbench.settle(200);
        assertFalse(java.util.Arrays.equals(before, camera.viewMatrix()), "rotated");
        assertTrue(canvas.frames() > frames, "redrawn while rotating");
        double[] p = project(camera, scene, FRONTAL_L);
        OptionalInt region = canvas.pick((int) p[0], (int) p[1]);
        assertEquals(OptionalInt.of(FRONTAL_L), region);
        assertEquals("Frontal_L", scene.name(region.getAsInt()));

        // hover: name, value and rank in the status line and tooltip
        Workbench.post(canvas.control(), SWT.MouseMove, 0, (int) p[0], (int) p[1]);
        Workbench.pump(() -> view.lastStatus() != null && view.lastStatus().startsWith("Frontal_L"), 3_000);
        assertTrue(view.lastStatus().matches("Frontal_L: \\S+ \\(rank [1-5] of 5\\)"), view.lastStatus());
        assertEquals(view.lastStatus(), canvas.control().getToolTipText());

        // click: the region becomes the workbench selection
        Workbench.click(canvas.control(), (int) p[0], (int) p[1]);
        RegionSelection selected = view.selectedRegion();
        assertNotNull(selected);
        assertEquals("Frontal_L", selected.name());
        assertEquals(scene.value(FRONTAL_L), selected.value());
        assertEquals(OptionalInt.of(FRONTAL_L), scene.highlighted());
        assertEquals(selected, ((IStructuredSelection) page.getSelection()).getFirstElement());

        // wheel zooms in, right drag pans, reset goes back to the home (top) view
        double spread = distance(project(camera, scene, 1), project(camera, scene, 4));
        Event wheel = new Event();
        wheel.count = 3;
        wheel.x = camera.width() / 2;
        wheel.y = camera.height() / 2;
        canvas.control().notifyListeners(SWT.MouseWheel, wheel);
        assertTrue(distance(project(camera, scene, 1), project(camera, scene, 4)) > spread * 1.2, "zoomed in");
        double[] c0 = project(camera, scene, 5);
        Workbench.drag(canvas.control(), 3, 100, 100, 140, 120);
        double[] c1 = project(camera, scene, 5);
        assertEquals(40, c1[0] - c0[0], 2, "panned right");
        assertEquals(20, c1[1] - c0[1], 2, "panned down");
        Workbench.execute(view, BrainUi.CMD_RESET);
        double[] back = project(camera, scene, FRONTAL_L);
        assertEquals(frontalTop[0], back[0], 0.5);
        assertEquals(frontalTop[1], back[1], 0.5);

        // the class map: mean over the AD subjects
        view.setMapSource(MapSource.ofClass("AD"));
        Workbench.pump(view::isMapShown, 30_000);
        assertEquals("Node 1:2 \u00b7 class AD (mean)", view.legendTitle());

        // export: offscreen (EGL) on a job's thread, at the size given
        Path png = dir.resolve("out/brain.png");
        Workbench.execute(view, BrainUi.CMD_EXPORT, BrainUi.PARAM_FILE, png.toString(), BrainUi.PARAM_SIZE, "400x300");
        Workbench.pump(() -> Job.getJobManager().find(BrainUi.PLUGIN_ID).length == 0 && Files.exists(png), 60_000);
        BufferedImage exported = ImageIO.read(png.toFile());
        assertNotNull(exported, "PNG written");
        assertEquals(400, exported.getWidth());
        assertEquals(300, exported.getHeight());

        // the canvas still draws after headless GL ran in the process
        canvas.redraw();
        Workbench.settle(200);
        int[] after = canvas.readFrame();
        double[] q = project(camera, scene, 2);
        assertFalse(Pixels.grey(after[(int) q[1] * camera.width() + (int) q[0]]), "still drawn in colour");
        assertNull(canvas.failure());

        Workbench.execute(view, BrainUi.CMD_STANDARD_VIEW, BrainUi.PARAM_SIDE, "left");
        view.setMapSource(MapSource.subject("sub-01"));
        Workbench.pump(view::isMapShown, 30_000);
        Workbench.click(canvas.control(), 2, 2);
        assertNull(view.selectedRegion(), "a click on the background clears the selection");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(500);
        Workbench.capture(canvas.control().getParent(), "brain-view.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    private static double[] project(Camera camera, BrainScene scene, int index) {
        double[] c = scene.centroid(index).orElseThrow();
        return camera.project(c[0], c[1], c[2]);
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
