package org.glia.render.tests;

import static org.glia.render.tests.SyntheticAtlas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.LabelOverlay;
import org.glia.render.RegionLabels;
import org.glia.render.StandardView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live labels: the names of the top-k regions drawn over a frame at their projected centroids (dark text on a
 * light halo, a ring that leaves the centroid's own colour), none for k = 0, moving with the camera while the
 * user drags; placement shared with exported pictures.
 */
class LabelOverlayTest {

    private static GlFixture fx;
    private static LabelOverlay overlay;

    @BeforeAll
    static void open() {
        fx = new GlFixture();
        overlay = new LabelOverlay();
    }

    @AfterAll
    static void close() {
        fx.gl.bind();
        overlay.close();
        fx.close();
    }

    private static BrainScene scene() {
        BrainScene s = new BrainScene(meshes(), LABELS);
        s.setValues(new double[] {0, 0.25, 0.5, 1, 0.75});
        return s;
    }

    /** Renders the scene, lays the labels of the top k regions over it and reads the frame back. */
    private static void frame(BrainScene s, Camera c, int k, boolean follow) {
        fx.gl.bind();
        fx.renderer.render(s, c);
        overlay.draw(fx.renderer, s, c, k, follow);
        fx.read();
    }

    /** Dark (text) pixels in the box right of a point, where a label's name is written. */
    private static int darkRightOf(int x, int y) {
        int n = 0;
        for (int yy = Math.max(0, y - 10); yy < Math.min(GlFixture.H, y + 10); yy++) {
            for (int xx = x + 5; xx < Math.min(GlFixture.W, x + 90); xx++) {
                int rgb = fx.rgb(xx, yy);
                n += (rgb >> 16 & 255) < 80 && (rgb >> 8 & 255) < 80 && (rgb & 255) < 80 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void namesTheTopRegionAtItsCentroidOnlyWhenKIsPositive() {
        BrainScene s = scene();
        Camera top = fx.camera(StandardView.TOP);
        int[] p = GlFixture.centroidPixel(top, FRONT_R);

        frame(s, top, 0, false);
        assertEquals(List.of(), overlay.labels());
        int without = darkRightOf(p[0], p[1]);
        int centre = fx.rgb(p[0], p[1]);

        frame(s, top, 1, false);
        List<RegionLabels.Placed> labels = overlay.labels();
        assertEquals(1, labels.size());
        assertEquals(FRONT_R, labels.get(0).index(), "the largest value is named");
        assertEquals("Front_R", labels.get(0).name());
        assertEquals(p[0], labels.get(0).x(), 1, "pinned at the projected centroid");
        assertEquals(p[1], labels.get(0).y(), 1);
        int with = darkRightOf(p[0], p[1]);
        assertTrue(with > without + 15, "text drawn beside the centroid: " + with + " dark pixels, " + without + " before");
        assertEquals(centre, fx.rgb(p[0], p[1]), "the ring leaves the region's colour at its centroid");

        frame(s, top, 0, false);
        assertEquals(without, darkRightOf(p[0], p[1]), "k = 0 draws no names");
    }

    @Test
    void placementIsTheSharedOneAndLabelsFollowTheCamera() {
        BrainScene s = scene();
        Camera top = fx.camera(StandardView.TOP);
        frame(s, top, 3, false);
        int[] ids = fx.renderer.regionIds();
        assertEquals(RegionLabels.place(s, top, ids, 3), overlay.labels());
        assertEquals(List.of(FRONT_R, SPHERE, FRONT_L), overlay.labels().stream().map(RegionLabels.Placed::index).toList());

        // a drag frame: the same regions, moved with their centroids as the turned camera projects them
        top.arcball(GlFixture.W / 2, GlFixture.H / 2, GlFixture.W / 2 + 40, GlFixture.H / 2 + 10);
        frame(s, top, 3, true);
        assertEquals(3, overlay.labels().size());
        for (RegionLabels.Placed l : overlay.labels()) {
            double[] c = meshes().centroids().get(l.index());
            double[] q = top.project(c[0], c[1], c[2]);
            assertEquals(q[0], l.x(), 1e-9);
            assertEquals(q[1], l.y(), 1e-9);
        }
        // the next full frame places them again on what shows
        frame(s, top, 3, false);
        assertEquals(RegionLabels.place(s, top, fx.renderer.regionIds(), 3), overlay.labels());
    }
}
