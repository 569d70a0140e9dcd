package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.StandardView;
import org.glia.ui.GliaPreferences;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.Comparison;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Difference maps in the brain view (UI harness, Xvfb): subject A minus subject B drawn with the diverging colour
 * map over a range symmetric around 0, titled with what minus what; swapping A and B flips every region's colour
 * to the other side of the map; a comparison that cannot be made says why instead of the brain, and going back to
 * a single map restores it. Skipped outside a workbench.
 */
class DifferenceMapUiTest {

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
    void showsAMinusBWithTheDivergingMapAndFlipsWhenSwapped() throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView view = Workbench.showBrain(page);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        Workbench.pump(() -> view.getScene() != null && !view.isEmpty(), 60_000);
        assertNotNull(view.getScene(), "brain loaded: " + view.emptyMessage());
        editor.setPick(NetworkPick.node(1, 0, ""));
        Workbench.pump(view::isMapShown, 30_000);
        view.showSide(StandardView.TOP);
        Workbench.settle(100);
        BrainScene scene = view.getScene();
        assertFalse(scene.colorMap().diverging(), "a single map starts with the preferred sequential colour map");

        show(view, Comparison.subjects("sub-01", "sub-02"));
        assertEquals("Node 1:0 \u00b7 subject sub-01 \u2212 subject sub-02", view.legendTitle());
        assertEquals(GliaPreferences.defaultOf(GliaPreferences.DIVERGING_COLOR_MAP), scene.colorMap().id());
        assertEquals(-scene.mapping().max(), scene.mapping().min(), 1e-12, "symmetric around 0");
        double[] d = values(scene);
        int[] first = centroidPixels(view);
        Workbench.capture(view.getCanvas().control().getParent(), "brain-difference.png");

        show(view, Comparison.subjects("sub-02", "sub-01"));
        assertEquals("Node 1:0 \u00b7 subject sub-02 \u2212 subject sub-01", view.legendTitle());
        double[] swapped = values(scene);
        int[] second = centroidPixels(view);
        double largest = 0;
        for (double v : d) {
            largest = Math.max(largest, Math.abs(v));
        }
        assertTrue(largest > 0, "the two subjects' maps differ");
        int flipped = 0;
        for (int i = 0; i < 4; i++) {
            assertEquals(-d[i], swapped[i], 1e-12, "b - a = -(a - b)");
            if (Math.abs(d[i]) < 0.3 * largest) {
                continue;
            }
            // coolwarm: negative values blue, positive red
            assertEquals(d[i] > 0, warm(first[i]), "region " + (i + 1) + " = " + d[i] + " drawn " + Pixels.hex(first[i]));
            assertEquals(d[i] < 0, warm(second[i]), "region " + (i + 1) + " swapped, drawn " + Pixels.hex(second[i]));
            assertTrue(Pixels.hueDistance(first[i], second[i]) > 90, "the colour flipped sides: "
                    + Pixels.hex(first[i]) + " -> " + Pixels.hex(second[i]));
            flipped++;
        }
        assertTrue(flipped > 0, "at least one cube differs clearly");

        // refused: says why instead of the brain
        view.setComparison(Comparison.subjects("sub-01", "sub-99"));
        Workbench.pump(view::isEmpty, 5_000);
        assertTrue(view.isEmpty());
        assertTrue(view.emptyMessage().contains("there is no subject 'sub-99' in the cohort"), view.emptyMessage());
        assertEquals("there is no subject 'sub-99' in the cohort", view.lastStatus());
        assertTrue(ShownMaps.current().isEmpty(), "no map is announced");
        view.setComparison(Comparison.versions("v1", "v2"));
        Workbench.pump(() -> view.emptyMessage().contains("v1"), 5_000);
        assertTrue(view.emptyMessage().contains("the study has no model version 'v1'"), view.emptyMessage());

        // back to the single map
        view.setComparison(null);
        Workbench.pump(() -> view.isMapShown() && !view.isEmpty(), 30_000);
        assertFalse(view.isEmpty());
        assertNull(view.getComparison());
        assertFalse(scene.colorMap().diverging());
        assertEquals("Node 1:0 \u00b7 subject sub-01", view.legendTitle());
    }

    private static void show(BrainView view, Comparison c) {
        view.setComparison(c);
        Workbench.pump(() -> view.isMapShown() && view.legendTitle().contains("\u2212"), 30_000);
        assertTrue(view.isMapShown(), "difference shown: " + view.lastStatus() + " / " + view.emptyMessage());
        assertEquals(c, view.getComparison());
        assertTrue(view.getScene().colorMap().diverging());
        Workbench.settle(100);
    }

    private static double[] values(BrainScene scene) {
        double[] v = new double[5];
        for (int i = 0; i < 5; i++) {
            v[i] = scene.value(i + 1);
        }
        return v;
    }

    /** The colours at the four cubes' projected centroids. */
    private static int[] centroidPixels(BrainView view) {
        BrainCanvas canvas = view.getCanvas();
        canvas.redraw();
        Workbench.settle(100);
        int[] frame = canvas.readFrame();
        Camera camera = view.getCamera();
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            double[] c = view.getScene().centroid(i + 1).orElseThrow();
            double[] p = camera.project(c[0], c[1], c[2]);
            out[i] = frame[(int) p[1] * camera.width() + (int) p[0]];
        }
        return out;
    }

    /** Red rather than blue. */
    private static boolean warm(int rgb) {
        return (rgb >> 16 & 255) > (rgb & 255);
    }
}
