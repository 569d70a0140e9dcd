package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.Region;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless GL (EGL, {@link BrainImages}) and the view's SWT canvas (GLX) on the same UI thread, in both orders:
 * a headless picture before the canvas's first frame (so EGL's function provider is the process's), then the
 * canvas, then another headless picture, then the canvas again; and a picture maker kept open between its
 * pictures while the canvas draws. Skipped outside a workbench.
 */
class GlSharingUiTest {

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
    void canvasAndHeadlessPicturesTakeTurnsOnTheUiThread() throws Exception {
        BufferedImage first = headlessPicture();
        assertEquals(160, first.getWidth());

        TestStudy study = TestStudy.write(dir);
        BrainView view = Workbench.showBrain(page);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        editor.setPick(NetworkPick.node(2, 1, ""));
        Workbench.pump(view::isMapShown, 60_000);
        assertTrue(view.isMapShown(), "map shown: " + view.emptyMessage() + " / " + view.lastStatus());
        BrainCanvas canvas = view.getCanvas();
        Workbench.settle(200);
        assertNull(canvas.failure());
        assertTrue(canvas.frames() > 0, "the canvas drew");
        assertColouredAtCentroids(view);

        headlessPicture();
        canvas.redraw();
        Workbench.settle(200);
        assertNull(canvas.failure());
        assertColouredAtCentroids(view);
    }

    @Test
    void anExportKeptOpenOnTheUiThreadTakesTurnsWithTheCanvas() throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView view = Workbench.showBrain(page);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        editor.setPick(NetworkPick.node(1, 1, ""));
        Workbench.pump(view::isMapShown, 60_000);
        assertTrue(view.isMapShown(), "map shown: " + view.emptyMessage() + " / " + view.lastStatus());
        BrainCanvas canvas = view.getCanvas();
        try (BrainImages images = new BrainImages()) {
            for (int round = 0; round < 2; round++) {
                // the same open context draws again after the canvas's GLX context was current on this thread
                BufferedImage picture = images.render(view.getScene(), view.getCamera(), ImageOptions.of(200, 150));
                assertTrue(colouredPixels(picture) > 500, "round " + round + ": the export drew the brain");
                long frames = canvas.frames();
                canvas.redraw();
                Workbench.pump(() -> canvas.frames() > frames, 3_000);
                assertTrue(canvas.frames() > frames, "round " + round + ": the canvas drew while the export is open");
                assertNull(canvas.failure());
                assertColouredAtCentroids(view);
            }
        }
    }

    private static int colouredPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth() * 3 / 4; x++) {
                n += Pixels.grey(image.getRGB(x, y)) ? 0 : 1;
            }
        }
        return n;
    }

    private static void assertColouredAtCentroids(BrainView view) {
        view.showSide(StandardView.TOP);
        BrainCanvas canvas = view.getCanvas();
        Camera camera = view.getCamera();
        int[] frame = canvas.readFrame();
        assertEquals(camera.width() * camera.height(), frame.length);
        for (int index = 1; index <= 4; index++) {
            double[] c = view.getScene().centroid(index).orElseThrow();
            double[] p = camera.project(c[0], c[1], c[2]);
            int seen = frame[(int) p[1] * camera.width() + (int) p[0]];
            assertFalse(Pixels.grey(seen), "region " + index + " in colour: " + Pixels.hex(seen));
            assertEquals(OptionalInt.of(index), canvas.pick((int) p[0], (int) p[1]));
        }
    }

    /** A small offscreen picture of the test atlas, rendered on this (the UI) thread. */
    private static BufferedImage headlessPicture() {
        LabelTable labels = LabelTable.of(java.util.List.of(Region.of(1, "a", -1), Region.of(2, "b", -1),
                Region.of(3, "c", -1), Region.of(4, "d", -1), Region.of(5, "e", -1)));
        AtlasMeshes meshes = AtlasSurfaces.build(TestStudy.volume(), labels,
                MeshOptions.defaults().withCacheFolder(null).withThreads(1), new NullProgressMonitor());
        BrainScene scene = new BrainScene(meshes, labels);
        scene.setValues(new double[] {0, 0.25, 0.5, 0.75, 1});
        Camera camera = new Camera(meshes.boundsMin(), meshes.boundsMax());
        BufferedImage image = BrainImages.renderOnce(scene, camera, ImageOptions.of(160, 120));
        assertNotNull(image);
        return image;
    }
}
