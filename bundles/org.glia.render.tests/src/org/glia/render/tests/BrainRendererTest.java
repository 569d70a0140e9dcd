package org.glia.render.tests;

import static org.glia.render.tests.SyntheticAtlas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.glia.core.color.BuiltinColorMaps;
import org.glia.core.color.ColorMap;
import org.glia.render.BrainRenderer;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.Lighting;
import org.glia.render.StandardView;
import org.glia.render.ThresholdMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Headless renders of the synthetic atlas: colours at the regions' projected centroids, thresholds,
 * picking and the left view, through EGL on Mesa.
 */
class BrainRendererTest {

    private static final double[] VALUES = {0, 0.33, 0.67, 1, 0.5};
    private static GlFixture fx;

    @BeforeAll
    static void context() {
        fx = new GlFixture();
    }

    @AfterAll
    static void release() {
        fx.close();
    }

    @AfterEach
    void defaultLighting() {
        fx.renderer.setLighting(Lighting.DEFAULT);
    }

    private static BrainScene scene() {
        BrainScene s = new BrainScene(meshes(), LABELS);
        s.setValues(VALUES);
        s.setBackground(0xFFFFFF);
        return s;
    }

    @Test
    void unlitPixelsAtCentroidsHaveTheColourMapsColour() {
        BrainScene s = scene();
        Camera top = fx.camera(StandardView.TOP);
        fx.renderer.setLighting(Lighting.FLAT);
        fx.render(s, top);
        for (int index : s.regionIndices()) {
            int[] p = GlFixture.centroidPixel(top, index);
            int expected = BuiltinColorMaps.VIRIDIS.rgb(s.mapping().map(s.value(index)));
            assertClose(expected, fx.rgb(p[0], p[1]), 2, s.name(index));
        }
    }

    @Test
    void shadedPixelsAtCentroidsKeepTheHueAndRoughlyTheBrightness() {
        BrainScene s = scene();
        s.setColorMap(BuiltinColorMaps.INFERNO);
        s.setValues(new double[] {0.3, 0.45, 0.6, 0.8, 0.95});
        for (StandardView v : new StandardView[] {StandardView.TOP, StandardView.BOTTOM}) {
            Camera c = fx.camera(v);
            fx.render(s, c);
            for (int index : s.regionIndices()) {
                int[] p = GlFixture.centroidPixel(c, index);
                int expected = s.look(index).rgb();
                int seen = fx.rgb(p[0], p[1]);
                assertTrue(hueDistance(expected, seen) < 12, v + " " + s.name(index) + ": hue of "
                        + hex(seen) + " vs " + hex(expected));
                double ratio = (ColorMap.luminance(seen) + 0.01) / (ColorMap.luminance(expected) + 0.01);
                assertTrue(ratio > 0.6 && ratio < 1.5, v + " " + s.name(index) + ": brightness ratio " + ratio);
            }
        }
    }

    @Test
    void hiddenRegionsShowTheBackgroundAndGlassIsMostlyBackground() {
        BrainScene s = scene();
        Camera top = fx.camera(StandardView.TOP);
        s.setThreshold(0.5, ThresholdMode.HIDE);
        fx.render(s, top);
        int[] l = GlFixture.centroidPixel(top, CUBE_L);
        int[] r = GlFixture.centroidPixel(top, CUBE_R);
        int[] f = GlFixture.centroidPixel(top, FRONT_R);
        assertEquals(0xFFFFFF, fx.rgb(l[0], l[1]));
        assertEquals(0xFFFFFF, fx.rgb(r[0], r[1]));
        assertNotEquals(0xFFFFFF, fx.rgb(f[0], f[1]), "above the threshold stays drawn");

        s.setBackground(0x102030);
        s.setThreshold(0.5, ThresholdMode.GLASS);
        fx.render(s, top);
        int glass = fx.rgb(l[0], l[1]);
        assertNotEquals(0x102030, glass, "glass is drawn");
        assertTrue(distance(glass, 0x102030) < 40, "glass is mostly background: " + hex(glass));
        assertTrue(distance(fx.rgb(f[0], f[1]), 0x102030) > 100);
    }

    @Test
    void picksTheRegionAtItsCentroidAndNothingOnTheBackground() {
        BrainScene s = scene();
        for (StandardView v : new StandardView[] {StandardView.TOP, StandardView.FRONT}) {
            Camera c = fx.camera(v);
            fx.render(s, c);
            if (v == StandardView.TOP) {
                for (int index : s.regionIndices()) {
                    int[] p = GlFixture.centroidPixel(c, index);
                    assertEquals(OptionalInt.of(index), fx.renderer.pick(p[0], p[1]), s.name(index));
                }
            }
            assertEquals(OptionalInt.empty(), fx.renderer.pick(1, 1));
            assertEquals(OptionalInt.empty(), fx.renderer.pick(GlFixture.W - 2, GlFixture.H - 2));
            assertEquals(OptionalInt.empty(), fx.renderer.pick(-1, 5), "outside the viewport");
        }
        int[] ids = fx.renderer.regionIds();
        assertEquals(GlFixture.W * GlFixture.H, ids.length);
        assertEquals(-1, ids[0]);
        assertEquals(org.lwjgl.opengl.GL33C.GL_NO_ERROR, org.lwjgl.opengl.GL33C.glGetError(), "no GL error");
    }

    @Test
    void glassRegionsArePickedOnlyWhereNothingElseIs() {
        BrainScene s = scene();
        s.setThreshold(0.2, ThresholdMode.GLASS);
        Camera left = fx.camera(StandardView.LEFT);
        fx.render(s, left);
        int[] p = GlFixture.centroidPixel(left, CUBE_L);
        assertEquals(OptionalInt.of(CUBE_R), fx.renderer.pick(p[0], p[1]),
                "the glass left cube lets the opaque right cube behind it be picked");
        s.setThreshold(Double.NaN, ThresholdMode.GLASS);
        fx.render(s, left);
        assertEquals(OptionalInt.of(CUBE_L), fx.renderer.pick(p[0], p[1]));
    }

    @Test
    void theLeftViewShowsTheLeftHemisphereRegionInFront() {
        BrainScene s = scene();
        Camera left = fx.camera(StandardView.LEFT);
        fx.render(s, left);
        double[] cl = meshes().centroids().get(CUBE_L);
        double[] cr = meshes().centroids().get(CUBE_R);
        assertTrue(cl[0] < 0 && cr[0] > 0);
        assertTrue(left.depth(cl[0], cl[1], cl[2]) < left.depth(cr[0], cr[1], cr[2]), "left cube nearer");
        int[] pl = GlFixture.centroidPixel(left, CUBE_L);
        int[] pr = GlFixture.centroidPixel(left, CUBE_R);
        assertEquals(OptionalInt.of(CUBE_L), fx.renderer.pick(pl[0], pl[1]));
        assertEquals(OptionalInt.of(CUBE_L), fx.renderer.pick(pr[0], pr[1]), "the left cube hides the right one");
        int[] front = GlFixture.centroidPixel(left, FRONT_L);
        assertTrue(front[0] < pl[0], "anterior is on the left of the picture");
        Camera right = fx.camera(StandardView.RIGHT);
        fx.render(s, right);
        int[] q = GlFixture.centroidPixel(right, CUBE_R);
        assertEquals(OptionalInt.of(CUBE_R), fx.renderer.pick(q[0], q[1]));
    }

    @Test
    void highlightAndDragMeshesChangeTheFrame() {
        BrainScene s = scene();
        Camera top = fx.camera(StandardView.TOP);
        fx.render(s, top);
        int[] p = GlFixture.centroidPixel(top, SPHERE);
        int plain = fx.rgb(p[0], p[1]);
        s.setHighlighted(OptionalInt.of(SPHERE));
        fx.render(s, top);
        assertTrue(distance(plain, fx.rgb(p[0], p[1])) > 20, "the highlighted region looks different");
        s.setHighlighted(OptionalInt.empty());
        fx.render(s, top);
        int[] other = GlFixture.centroidPixel(top, CUBE_L);
        int otherPlain = fx.rgb(other[0], other[1]);
        s.setHighlighted(OptionalInt.of(SPHERE));
        fx.render(s, top);
        int otherDimmed = fx.rgb(other[0], other[1]);
        assertEquals((1 - BrainRenderer.DIM) * distance(0xFFFFFF, otherPlain), distance(0xFFFFFF, otherDimmed), 4,
                "the other regions fade towards the white background: " + hex(otherPlain) + " -> " + hex(otherDimmed));
        assertTrue(hueDistance(otherPlain, otherDimmed) < 10, "and keep their hue");
        int full = fx.renderer.triangleCount(s);
        s.setDragMeshes(org.glia.atlas.AtlasSurfaces.build(volume(), LABELS,
                org.glia.atlas.MeshOptions.defaults().withCacheFolder(null).withThreads(1).withBudget(600),
                new org.eclipse.core.runtime.NullProgressMonitor()));
        fx.renderer.setDragging(true);
        try {
            assertTrue(fx.renderer.triangleCount(s) <= 600 && fx.renderer.triangleCount(s) < full);
            fx.renderer.setLighting(Lighting.FLAT);
            s.setHighlighted(OptionalInt.empty());
            fx.render(s, top);
            assertEquals(OptionalInt.of(SPHERE), fx.renderer.pick(p[0], p[1]));
            assertTrue(distance(s.look(SPHERE).rgb(), fx.rgb(p[0], p[1])) < 8, "half resolution, stretched");
            assertEquals(0xFFFFFF, fx.rgb(1, 1));
            fx.renderer.setDragScale(1);
            fx.render(s, top);
            assertTrue(distance(s.look(SPHERE).rgb(), fx.rgb(p[0], p[1])) < 4);
        } finally {
            fx.renderer.setDragging(false);
            fx.renderer.setDragScale(0.5);
        }
    }

    private static void assertClose(int expected, int actual, int tolerance, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = expected >> shift & 255;
            int a = actual >> shift & 255;
            assertTrue(Math.abs(e - a) <= tolerance, what + ": expected " + hex(expected) + ", got " + hex(actual));
        }
    }

    private static double distance(int a, int b) {
        double s = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int d = (a >> shift & 255) - (b >> shift & 255);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double hueDistance(int a, int b) {
        double d = Math.abs(hue(a) - hue(b));
        return Math.min(d, 360 - d);
    }

    private static double hue(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, null);
        return hsb[0] * 360;
    }

    private static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }
}
