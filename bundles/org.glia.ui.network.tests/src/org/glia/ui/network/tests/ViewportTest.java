package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.ui.network.internal.graph.Viewport;
import org.junit.jupiter.api.Test;

/** Zoom keeps the point under the cursor, fit centres the drawing within the insets, pan moves it. */
class ViewportTest {

    private static final Viewport.Insets NONE = new Viewport.Insets(0, 0, 0, 0);

    @Test
    void fitCentresTheDrawing() {
        Viewport v = new Viewport();
        v.fit(800, 1000, 1000, 500, new Viewport.Insets(100, 0, 0, 0));
        assertEquals(0.5, v.scale(), 1e-12);
        assertEquals(500, v.screenY(1000), 1e-9);
        assertEquals(100 + (900 - 400) / 2.0, v.screenX(0), 1e-9);
        assertTrue(v.isFitted());
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = new Viewport();
        v.fit(800, 1000, 800, 1000, NONE);
        double wx = v.worldX(123);
        double wy = v.worldY(456);
        v.zoomAt(3.5, 123, 456);
        assertEquals(wx, v.worldX(123), 1e-9);
        assertEquals(wy, v.worldY(456), 1e-9);
        assertEquals(3.5, v.scale(), 1e-12);
        assertFalse(v.isFitted());
    }

    @Test
    void zoomIsBounded() {
        Viewport v = new Viewport();
        v.fit(100, 100, 100, 100, NONE);
        for (int i = 0; i < 100; i++) {
            v.zoomAt(0.5, 50, 50);
        }
        assertEquals(0.25, v.scale(), 1e-12);
    }

    @Test
    void panMovesAndWorldScreenInvert() {
        Viewport v = new Viewport();
        v.fit(100, 100, 100, 100, NONE);
        v.pan(10, -5);
        assertEquals(10, v.screenX(0), 1e-12);
        assertEquals(-5, v.screenY(0), 1e-12);
        assertEquals(42, v.worldX(v.screenX(42)), 1e-12);
        assertFalse(v.isFitted());
    }
}
