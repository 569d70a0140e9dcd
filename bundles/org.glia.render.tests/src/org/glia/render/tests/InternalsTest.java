package org.glia.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.glia.render.internal.LabelAnchors;
import org.glia.render.internal.NumberText;
import org.glia.render.internal.Pixels;
import org.glia.render.internal.Quat;
import org.junit.jupiter.api.Test;

/** Small helpers: number texts, label anchors, supersampled read-backs, quaternions. */
class InternalsTest {

    @Test
    void numbersAreShortAndReadable() {
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("0.0123", NumberText.format(0.012345));
        assertEquals("1.5", NumberText.format(1.5));
        assertEquals("250", NumberText.format(250.4));
        assertEquals("-0.333", NumberText.format(-1 / 3.0));
        assertEquals("1.2e-5", NumberText.format(0.0000123));
        assertEquals("3.4e+6", NumberText.format(3.4e6));
    }

    @Test
    void labelsPinToTheCentroidOrToTheVisiblePartOrGiveWay() {
        // 6x4 ids: region 1 on the left, region 2 a single pixel, region 3 absent.
        int[] ids = {
            1, 1, -1, -1, -1, -1,
            1, 1, -1, -1, 2, -1,
            1, 1, -1, -1, -1, -1,
            -1, -1, -1, -1, -1, -1};
        Map<Integer, double[]> centroids = Map.of(1, new double[] {4.5, 1.5}, 2, new double[] {10.5, 1.5},
                3, new double[] {0.5, 0.5});
        Map<Integer, double[]> a = LabelAnchors.find(ids, 6, 4, List.of(3, 2, 1), centroids, 2, 5);
        assertEquals(List.of(1), List.copyOf(a.keySet()), "region 2 is too small, region 3 not visible");
        assertArrayEquals(new double[] {0.5, 1.5}, a.get(1), 1e-9, "nearest visible pixel to the middle of region 1");
        Map<Integer, double[]> b = LabelAnchors.find(ids, 6, 4, List.of(2, 1), Map.of(2, new double[] {10.6, 1.2},
                1, new double[] {1.2, 2.7}), 1, 1);
        assertEquals(List.of(2), List.copyOf(b.keySet()), "only k anchors");
        assertFalse(b.containsKey(1));
    }

    @Test
    void supersampledPixelsAreAveraged() {
        ByteBuffer rgba = ByteBuffer.allocate(4 * 4 * 2);
        int[] reds = {0, 100, 200, 40, 10, 30, 0, 0};
        for (int i = 0; i < 8; i++) {
            rgba.put(i * 4, (byte) reds[i]).put(i * 4 + 3, (byte) 255);
        }
        BufferedImage img = Pixels.toImage(rgba, 4, 2, 2);
        assertEquals(2, img.getWidth());
        assertEquals(1, img.getHeight());
        assertEquals(35, img.getRGB(0, 0) >> 16 & 255);
        assertEquals(60, img.getRGB(1, 0) >> 16 & 255);
    }

    @Test
    void quaternionsComposeAndRecoverBases() {
        Quat q = Quat.fromRows(new double[] {0, -1, 0}, new double[] {0, 0, 1}, new double[] {-1, 0, 0});
        assertArrayEquals(new double[] {1, 0, 0}, q.rotate(0, -1, 0), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, q.rotate(-1, 0, 0), 1e-12);
        Quat turn = Quat.axisAngle(0, 0, 1, Math.PI / 2);
        assertArrayEquals(new double[] {0, 1, 0}, turn.rotate(1, 0, 0), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 0}, turn.times(turn).rotate(1, 0, 0), 1e-12);
    }
}
