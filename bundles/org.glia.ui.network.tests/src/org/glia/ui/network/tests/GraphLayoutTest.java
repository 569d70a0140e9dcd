package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.ui.network.internal.graph.GraphLayout;
import org.junit.jupiter.api.Test;

/** Layers as columns, nodes spread evenly and centred, constant-time nearest node. */
class GraphLayoutTest {

    private final GraphLayout layout = new GraphLayout(new int[] {90, 4, 2});

    @Test
    void layersAreColumnsLeftToRight() {
        assertEquals(0, layout.x(0));
        assertTrue(layout.x(1) > layout.x(0) && layout.x(2) > layout.x(1));
        assertEquals(layout.x(2), layout.width());
    }

    @Test
    void nodesGoDownwardsEvenlyAndCentred() {
        for (int k = 0; k < 3; k++) {
            int n = layout.size(k);
            for (int i = 1; i < n; i++) {
                assertEquals(layout.spacing(k), layout.y(k, i) - layout.y(k, i - 1), 1e-9);
            }
            double middle = (layout.y(k, 0) + layout.y(k, n - 1)) / 2;
            assertEquals(layout.height() / 2, middle, 1e-9, "layer " + k + " is centred");
            assertTrue(layout.top(k) >= 0 && layout.bottom(k) <= layout.height());
        }
        assertEquals(layout.height() / 90, layout.spacing(0), 1e-9, "the big layer fills the height");
        assertTrue(layout.spacing(2) < layout.height() / 2, "small layers stay compact");
    }

    @Test
    void nearestNodeInvertsY() {
        for (int i = 0; i < 90; i++) {
            assertEquals(i, layout.nearestNode(0, layout.y(0, i) + layout.spacing(0) * 0.49));
            assertEquals(i, layout.nearestNode(0, layout.y(0, i) - layout.spacing(0) * 0.49));
            assertEquals(i, layout.indexAt(0, layout.y(0, i)), 1e-9);
        }
        assertEquals(0, layout.nearestNode(1, -1e6));
        assertEquals(3, layout.nearestNode(1, 1e6));
    }
}
